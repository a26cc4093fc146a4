namespace Luoshi.Indicators.Air.Daily;

/// <summary>Why a day is not valid: one bit per daily value that failed its rule, plus the not-evaluated reason.</summary>
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

    /// <summary>O3 daily maximum 1-hour mean: not valid.</summary>
    O3OneHour = 16,

    /// <summary>O3 daily maximum 8-hour mean: fewer than 14 valid windows and not above the limit.</summary>
    O3EightHour = 32,

    /// <summary>PM2.5 24-hour mean: fewer than 20 valid hours.</summary>
    Pm25 = 64,

    /// <summary>The date falls under the 2026 revision (from 1 March 2026), whose tables are not available here.</summary>
    StandardNotAvailable = 128,
}
