using Luoshi.Indicators.Air;

namespace Luoshi.Monitoring.Air;

/// <summary>One row of an hourly file: a station's 1-hour means for one hour. NaN marks a missing value.</summary>
/// <param name="Station">The station's index in <see cref="AirReadResult.Stations"/> (order of first appearance).</param>
/// <param name="Date">The day, Beijing time.</param>
/// <param name="Hour">The hour from Hour:00 to Hour+1:00, 0–23.</param>
/// <param name="So2">SO2, µg/m³.</param>
/// <param name="No2">NO2, µg/m³.</param>
/// <param name="Pm10">PM10, µg/m³.</param>
/// <param name="Co">CO, mg/m³.</param>
/// <param name="O3">O3, µg/m³.</param>
/// <param name="Pm25">PM2.5, µg/m³.</param>
/// <param name="Line">The row's line in the file, for messages.</param>
public readonly record struct AirHour(
    int Station, DateOnly Date, int Hour, double So2, double No2, double Pm10, double Co, double O3, double Pm25, int Line)
{
    /// <summary>The value of one pollutant.</summary>
    public double this[Pollutant pollutant] => pollutant switch
    {
        Pollutant.So2 => So2,
        Pollutant.No2 => No2,
        Pollutant.Pm10 => Pm10,
        Pollutant.Co => Co,
        Pollutant.O3 => O3,
        Pollutant.Pm25 => Pm25,
        _ => throw new ArgumentOutOfRangeException(nameof(pollutant), pollutant, "Not one of HJ 633-2012's six pollutants."),
    };
}
