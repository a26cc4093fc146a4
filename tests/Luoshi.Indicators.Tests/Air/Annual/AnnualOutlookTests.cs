using Luoshi.Indicators.Air.Annual;

namespace Luoshi.Indicators.Tests.Air.Annual;

/// <summary>What an annual goal still allows for the rest of the year, worked by hand.</summary>
public sealed class AnnualOutlookTests
{
    // 100 days at 35 µg/m³ (sum 3,500), 265 days left in a 365-day year.
    private static readonly IReadOnlyList<DailyPoint> HundredDaysAt35 =
        [.. Enumerable.Range(0, 100).Select(i => new DailyPoint(new DateOnly(2027, 1, 1).AddDays(i), 35))];

    [Theory]
    // (30 × 365 − 3500) / 265 = 7450 / 265 = 28.1 → 28 µg/m³ for the rest of the year.
    [InlineData(30, 28)]
    // (10 × 365 − 3500) / 265 = 0.57 → 0.
    [InlineData(10, 0)]
    // (5 × 365 − 3500) / 265 = −6.3 → −7: out of reach.
    [InlineData(5, -7)]
    public void AffordableMeanOfRest_Pm25Goal(int goal, int expected) =>
        Assert.Equal(expected, AnnualOutlook.AffordableMeanOfRest(goal, HundredDaysAt35, 265));

    [Fact]
    public void AffordableMeanOfRest_NoDayLeft_IsNull() => Assert.Null(AnnualOutlook.AffordableMeanOfRest(30, HundredDaysAt35, 0));

    [Fact]
    public void ProjectedMean_RestAt25_IsWeighted() =>
        // (3500 + 25 × 265) / 365 = 10125 / 365 = 27.74.
        Assert.Equal(27.74, AnnualOutlook.ProjectedMean(HundredDaysAt35, 265, 25)!.Value, 2);

    [Fact]
    public void AffordableDaysAbove_O3NinetiethAt160()
    {
        // 100 days so far, 12 of them above 160; N = 365, k = 1 + 364 × 0.9 = 328.6 → 329; 365 − 329 = 36 days may exceed
        // 160 in the year with the 90th percentile still ≤ 160; 36 − 12 = 24 more.
        var soFar = Enumerable.Range(0, 100).Select(i => new DailyPoint(new DateOnly(2027, 1, 1).AddDays(i), i < 12 ? 180 : 120)).ToList();

        Assert.Equal(24, AnnualOutlook.AffordableDaysAbove(160, 90, soFar, 265));
    }

    [Fact]
    public void AffordableDaysAbove_TheWholeYearAtTheLimit_IsHeld()
    {
        // Check of the rule itself: 365 values, 36 of them 200 and the rest 150: sorted, X(328) = X(329) = 150 → p90 150 ≤ 160.
        // One more above (37): X(329) = 200, p90 = 150 + 0.6 × 50 = 180 > 160.
        double[] values = [.. Enumerable.Repeat(150.0, 329), .. Enumerable.Repeat(200.0, 36)];
        double[] oneMore = [.. Enumerable.Repeat(150.0, 328), .. Enumerable.Repeat(200.0, 37)];

        Assert.Equal((150.0, 180.0), (Percentiles.Of(values, 90)!.Value, Percentiles.Of(oneMore, 90)!.Value));
        Assert.Equal(0, AnnualOutlook.AffordableDaysAbove(160, 90, [.. values.Select((v, i) => new DailyPoint(new DateOnly(2027, 1, 1).AddDays(i), v))], 0));
    }
}
