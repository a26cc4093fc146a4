namespace Luoshi.Monitoring.Air;

/// <summary>One row of a daily file: a station-day's daily values as the network computed them. NaN marks a missing value.</summary>
/// <param name="Station">The station's index in <see cref="AirReadResult.Stations"/>.</param>
/// <param name="Date">The day, Beijing time.</param>
/// <param name="So2">SO2 24-hour mean, µg/m³.</param>
/// <param name="No2">NO2 24-hour mean, µg/m³.</param>
/// <param name="Pm10">PM10 24-hour mean, µg/m³.</param>
/// <param name="Co">CO 24-hour mean, mg/m³.</param>
/// <param name="O3OneHourMax">O3 daily maximum 1-hour mean, µg/m³.</param>
/// <param name="O3EightHourMax">O3 daily maximum 8-hour moving mean, µg/m³.</param>
/// <param name="Pm25">PM2.5 24-hour mean, µg/m³.</param>
/// <param name="Line">The row's line in the file, for messages.</param>
public readonly record struct AirDay(
    int Station,
    DateOnly Date,
    double So2,
    double No2,
    double Pm10,
    double Co,
    double O3OneHourMax,
    double O3EightHourMax,
    double Pm25,
    int Line);
