using Luoshi.Indicators.Air.Annual;

namespace Luoshi.Indicators.Tests.Air.Annual;

/// <summary>GB 3095—2026 Table 4: an annual statistic needs ≥ 324 daily values a year and ≥ 27 a month (February ≥ 25).</summary>
public sealed class DataCompletenessTests
{
    private static readonly DateOnly YearEnd = new(2026, 12, 31);

    [Fact]
    public void Of_ThreeDaysMissingEveryMonth_MeetsTheRules()
    {
        // 365 − 12 × 3 = 329 ≥ 324; January 28, February 25, April 27 … each at or above its count.
        var completeness = DataCompleteness.Of(AllDays(2026).Where(d => d.Day > 3), YearEnd);

        Assert.Equal((329, 0, true), (completeness.Values, completeness.DaysLeft, completeness.Met));
        Assert.Empty(completeness.ShortMonths);
    }

    [Fact]
    public void Of_AprilWith26_IsShort()
    {
        // April without its first four days: 26 < 27.
        var completeness = DataCompleteness.Of(AllDays(2026).Where(d => d.Day > 3 && !(d.Month == 4 && d.Day == 4)), YearEnd);

        Assert.Equal([4], completeness.ShortMonths);
        Assert.False(completeness.Met);
    }

    [Fact]
    public void Of_FebruaryWith24_IsShortAt25()
    {
        var completeness = DataCompleteness.Of(AllDays(2026).Where(d => !(d.Month == 2 && d.Day > 24)), YearEnd);

        Assert.Equal([2], completeness.ShortMonths);
    }

    [Fact]
    public void Of_YearToDateInApril_CanStillMeetTheRules()
    {
        // To 15 April: 105 values, 260 days left; April has 15 so far and 15 days to go (30 ≥ 27).
        var to = new DateOnly(2026, 4, 15);

        var completeness = DataCompleteness.Of(AllDays(2026).Where(d => d <= to), to);

        Assert.Equal((105, 260, true, false), (completeness.Values, completeness.DaysLeft, completeness.Possible, completeness.Met));
    }

    [Fact]
    public void Of_CurrentMonthThatCannotReach27_IsNotPossible()
    {
        // April: 2 values by the 15th + 15 days left = 17 < 27.
        var to = new DateOnly(2026, 4, 15);
        var dates = AllDays(2026).Where(d => d.Month < 4 || (d.Month == 4 && d.Day <= 2));

        var completeness = DataCompleteness.Of(dates, to);

        Assert.Equal((false, false), (completeness.CurrentMonthPossible, completeness.Possible));
        Assert.Empty(completeness.ShortMonths);
    }

    [Fact]
    public void Of_TooFewForTheYear_IsNotPossible()
    {
        // 27 values each month to June = 162 (February 27 too), 184 days left: 346 ≥ 324, possible. Only 20 in each: short.
        var to = new DateOnly(2026, 6, 30);

        Assert.True(DataCompleteness.Of(AllDays(2026).Where(d => d <= to && d.Day <= 27), to).Possible);
        Assert.Equal([1, 2, 3, 4, 5, 6], DataCompleteness.Of(AllDays(2026).Where(d => d <= to && d.Day <= 20), to).ShortMonths);
    }

    private static IEnumerable<DateOnly> AllDays(int year)
    {
        for (var date = new DateOnly(year, 1, 1); date.Year == year; date = date.AddDays(1))
        {
            yield return date;
        }
    }
}
