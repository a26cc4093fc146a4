using Luoshi.Indicators.Air.Daily;

namespace Luoshi.Storage.Monitoring.Views;

/// <summary>One way of counting a year's days: valid, good and heavy-pollution days.</summary>
/// <param name="Valid">有效天数.</param>
/// <param name="Good">优良天数 (AQI ≤ 100).</param>
/// <param name="HeavyPollution">重污染天数 (AQI above 200).</param>
public sealed record AirShareLine(int Valid, int Good, int HeavyPollution)
{
    /// <summary>Good ÷ valid in percent, four decimals; null before the first valid day.</summary>
    public decimal? SharePercent => Valid == 0 ? null : decimal.Round(Good * 100m / Valid, 4);

    /// <summary>The line of a tally.</summary>
    public static AirShareLine Of(GoodDayTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return new AirShareLine(tally.Valid, tally.Good, tally.HeavyPollution);
    }
}
