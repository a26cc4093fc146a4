namespace Luoshi.Indicators.Air.Daily;

/// <summary>Why a day is not valid: one bit per daily value that failed its rule.</summary>
/// <remarks>
/// The six values are the daily evaluation items of HJ 663-2013 (the five 24-hour means and the O3 daily maximum
/// 8-hour mean). The O3 daily maximum 1-hour mean enters the daily AQI but is no daily evaluation item, so it
/// never makes a day invalid.
/// </remarks>
[Flags]
public enum DayInvalidity
{
    /// <summary>Nothing failed.</summary>
    None = 0,

    /// <summary>SO2 24-hour mean: fewer than 20 valid hours.</summary>
    So2 = 1,

    /// <summary>NO2 24-hour mean: fewer than 20 valid hours.</summary>
    No2 = 2,

    /// <summary>PM10 24-hour mean: fewer than 20 valid hours.</summary>
    Pm10 = 4,

    /// <summary>CO 24-hour mean: fewer than 20 valid hours.</summary>
    Co = 8,

    /// <summary>O3 daily maximum 8-hour mean: fewer than 14 valid 8-hour windows and not above the limit.</summary>
    O3EightHour = 16,

    /// <summary>PM2.5 24-hour mean: fewer than 20 valid hours.</summary>
    Pm25 = 32,
}
