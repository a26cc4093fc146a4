namespace Luoshi.Indicators.Air;

/// <summary>The values of one station-day that the daily AQI (日报, HJ 633-2012 clause 5.1; HJ 633—2026 without the O3 1-hour maximum) is computed from.</summary>
/// <remarks>A null is a value that is missing or invalid; whether the day is valid at all is the caller's (HJ 663) rule.</remarks>
/// <param name="So2">SO2 24-hour mean, µg/m³.</param>
/// <param name="No2">NO2 24-hour mean, µg/m³.</param>
/// <param name="Pm10">PM10 24-hour mean, µg/m³.</param>
/// <param name="Co">CO 24-hour mean, mg/m³.</param>
/// <param name="O3OneHourMax">O3 daily maximum 1-hour mean, µg/m³.</param>
/// <param name="O3EightHourMax">O3 daily maximum 8-hour moving mean, µg/m³.</param>
/// <param name="Pm25">PM2.5 24-hour mean, µg/m³.</param>
public readonly record struct DailyConcentrations(
    double? So2,
    double? No2,
    double? Pm10,
    double? Co,
    double? O3OneHourMax,
    double? O3EightHourMax,
    double? Pm25);
