namespace Luoshi.Indicators.Air.Daily;

/// <summary>The counts GB 3095-2012 Table 4 and HJ 663-2013 set for daily values; one place so each is cited once.</summary>
public static class ValidityRules
{
    /// <summary>Hours in a natural day; the hourly spans hold one value per hour.</summary>
    public const int HoursPerDay = 24;

    /// <summary>GB 3095-2012 Table 4, 24-hour mean: at least 20 hourly values a day.</summary>
    public const int MinimumHoursForDailyMean = 20;

    /// <summary>
    /// The O3 daily maximum 1-hour mean needs one valid hour: no table sets a count for it (our reading; it never
    /// decides whether a day is valid, see <see cref="DayInvalidity"/>).
    /// </summary>
    public const int MinimumHoursForOneHourMax = 1;

    /// <summary>Length of the O3 moving window (GB 3095-2012 terms, 8小时平均: the mean of 8 consecutive hourly values).</summary>
    public const int WindowHours = 8;

    /// <summary>GB 3095-2012 Table 4, O3 8-hour mean: at least 6 hourly values in each 8 hours.</summary>
    public const int MinimumHoursPerWindow = 6;

    /// <summary>
    /// HJ 663-2013: the daily maximum is taken over the 8-hour windows ending 8:00 … 24:00 of the natural day,
    /// i.e. hours 0–7 … 16–23: 17 windows.
    /// </summary>
    public const int WindowsPerDay = HoursPerDay - WindowHours + 1;

    /// <summary>HJ 663-2013: the O3 daily maximum 8-hour mean needs at least 14 valid windows.</summary>
    public const int MinimumWindowsForEightHourMax = 14;

    /// <summary>
    /// The limit above which an O3 daily maximum 8-hour mean with too few windows is still valid: GB 3095-2012
    /// Table 1, O3 daily maximum 8-hour mean, class 2 (二级) limit, 160 µg/m³.
    /// </summary>
    public const double EightHourMaxLimit = 160;
}
