using Luoshi.Indicators.Air.Daily;

namespace Luoshi.Storage.Monitoring.Views;

/// <summary>The share of good days of a set over the days counted, with every day accounted for.</summary>
/// <param name="Days">Days counted (1 January to the last full day).</param>
/// <param name="Valid">有效天数, the denominator.</param>
/// <param name="Good">优良天数 (AQI ≤ 100).</param>
/// <param name="Invalid">Days failing a validity rule, including days without any data.</param>
/// <param name="NoData">Days without any row of any station of the set.</param>
/// <param name="RestOfLastYearShare">Last year's share over the dates still to come, when there was data for them.</param>
public sealed record AirShareSummary(int Days, int Valid, int Good, int Invalid, int NoData, double? RestOfLastYearShare)
{
    /// <summary>超标天数: valid days with AQI above 100.</summary>
    public int Polluted => Valid - Good;

    /// <summary>Good ÷ valid in percent, four decimals; null before the first valid day.</summary>
    public decimal? SharePercent => Valid == 0 ? null : decimal.Round(Good * 100m / Valid, 4);

    /// <summary>What a goal of at least <paramref name="goalPercent"/>% still allows this year (剩余可超标天数) and the
    /// projected year-end share, from the last day counted.</summary>
    public GoodDayOutlook OutlookFor(decimal goalPercent, DateOnly lastDay) =>
        GoodDayOutlook.For(Math.Clamp(goalPercent, 0m, 100m) / 100m, Valid, Good, GoodDayOutlook.DaysLeftInYear(lastDay), RestOfLastYearShare);
}
