namespace Luoshi.Indicators.Air.Annual;

/// <summary>GB 3095—2026 Table 4 (and GB 3095-2012 Table 4 alike), the data an annual statistic needs: at least 324
/// daily values a year and 27 a month, 25 in February.</summary>
public static class CompletenessRules
{
    /// <summary>Daily values a year.</summary>
    public const int DailyValuesPerYear = 324;

    /// <summary>Daily values a month, February excepted.</summary>
    public const int DailyValuesPerMonth = 27;

    /// <summary>Daily values in February.</summary>
    public const int DailyValuesInFebruary = 25;

    /// <summary>The daily values <paramref name="month"/> (1–12) needs.</summary>
    public static int DailyValuesIn(int month) => month == 2 ? DailyValuesInFebruary : DailyValuesPerMonth;
}
