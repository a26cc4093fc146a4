namespace Luoshi.Indicators.Air;

/// <summary>The values of one station-hour that the hourly AQI (实时报, HJ 633-2012 clause 5.2; HJ 633—2026 the same, SO2 above 800 counted 200) is computed from.</summary>
/// <remarks>
/// Table 1 has no 1-hour rows for PM10 and PM2.5, so they are judged against the 24-hour rows; which value is
/// passed (the hour's own mean or the 24-hour moving mean ending at that hour) is the caller's choice and is not
/// checked here.
/// </remarks>
/// <param name="So2">SO2 1-hour mean, µg/m³.</param>
/// <param name="No2">NO2 1-hour mean, µg/m³.</param>
/// <param name="Pm10">PM10, µg/m³, judged against the 24-hour row.</param>
/// <param name="Co">CO 1-hour mean, mg/m³.</param>
/// <param name="O3">O3 1-hour mean, µg/m³.</param>
/// <param name="Pm25">PM2.5, µg/m³, judged against the 24-hour row.</param>
/// <param name="So2TwentyFourHour">
/// SO2 24-hour mean, µg/m³: needed only when the 1-hour SO2 is above 800, where Table 1 note (2) takes SO2's index
/// from the 24-hour value instead.
/// </param>
public readonly record struct HourlyConcentrations(
    double? So2,
    double? No2,
    double? Pm10,
    double? Co,
    double? O3,
    double? Pm25,
    double? So2TwentyFourHour = null);
