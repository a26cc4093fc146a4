using Luoshi.Indicators.Air.Daily;

namespace Luoshi.Indicators.Tests.Air.Daily;

/// <summary>The share of good days (优良天数比例 = good ÷ valid days), with invalid days counted, not dropped.</summary>
public sealed class GoodDayTallyTests
{
    [Fact]
    public void Share_IsGoodOverValid_InvalidDaysCountedApart()
    {
        var tally = new GoodDayTally();
        tally.Add(DayStatus.Valid, DayInvalidity.None, good: true);
        tally.Add(DayStatus.Valid, DayInvalidity.None, good: true);
        tally.Add(DayStatus.Valid, DayInvalidity.None, good: true);
        tally.Add(DayStatus.Valid, DayInvalidity.None, good: false);
        tally.Add(DayStatus.Invalid, DayInvalidity.Pm25 | DayInvalidity.O3EightHour, good: false);
        tally.Add(DayStatus.Invalid, DayInvalidity.Pm25, good: false);
        tally.Add(DayStatus.NotEvaluated, DayInvalidity.StandardNotAvailable, good: false);

        // 3 good of 4 valid = 0.75; the 2 invalid and 1 not-evaluated days are not in the denominator.
        Assert.Equal((4, 3, 1, 2, 1, 7), (tally.Valid, tally.Good, tally.Polluted, tally.Invalid, tally.NotEvaluated, tally.Days));
        Assert.Equal(0.75, tally.Share);
        Assert.Equal(2, tally.InvalidBecauseOf(DayInvalidity.Pm25));
        Assert.Equal(1, tally.InvalidBecauseOf(DayInvalidity.O3EightHour));
        Assert.Equal(0, tally.InvalidBecauseOf(DayInvalidity.So2));
        Assert.Equal(1, tally.InvalidBecauseOf(DayInvalidity.StandardNotAvailable));
    }

    [Fact]
    public void NoValidDay_HasNoShare() => Assert.Null(new GoodDayTally().Share);

    [Fact]
    public void Describe_NamesEachReasonOnce()
    {
        Assert.Equal(
            "PM2.5 24-hour mean: fewer than 20 valid hours; HJ 633-2026 table not available",
            DayInvalidities.Describe(DayInvalidity.Pm25 | DayInvalidity.StandardNotAvailable));
        Assert.Equal("", DayInvalidities.Describe(DayInvalidity.None));
    }
}
