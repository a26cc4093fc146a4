namespace Luoshi.Indicators.Air.Daily;

/// <summary>A set of pollutants as bits, so a station-day can name its primary pollutants without allocating.</summary>
[Flags]
public enum PollutantSet
{
    /// <summary>No pollutant.</summary>
    None = 0,

    /// <summary>SO2.</summary>
    So2 = 1 << (Pollutant.So2 - 1),

    /// <summary>NO2.</summary>
    No2 = 1 << (Pollutant.No2 - 1),

    /// <summary>PM10.</summary>
    Pm10 = 1 << (Pollutant.Pm10 - 1),

    /// <summary>CO.</summary>
    Co = 1 << (Pollutant.Co - 1),

    /// <summary>O3 (1-hour or 8-hour).</summary>
    O3 = 1 << (Pollutant.O3 - 1),

    /// <summary>PM2.5.</summary>
    Pm25 = 1 << (Pollutant.Pm25 - 1),
}
