using Luoshi.Indicators.Air.Daily;

namespace Luoshi.Indicators.Tests.Air.Daily;

/// <summary>The share of good days (优良天数比例 = good ÷ valid days) and the heavy-pollution days, with invalid days
/// counted, not dropped.</summary>
public sealed class GoodDayTallyTests
{
    [Fact]
    public void Share_IsGoodOverValid_InvalidDaysCountedApart()
    {
        var tally = new GoodDayTally();
        tally.Add(DayStatus.Valid, DayInvalidity.None, 40);
        tally.Add(DayStatus.Valid, DayInvalidity.None, 100);
        tally.Add(DayStatus.Valid, DayInvalidity.None, 51);
        tally.Add(DayStatus.Valid, DayInvalidity.None, 101);
        tally.Add(DayStatus.Invalid, DayInvalidity.Pm25 | DayInvalidity.O3EightHour, 30);
        tally.Add(DayStatus.Invalid, DayInvalidity.Pm25, null);

        // 3 good (AQI ≤ 100) of 4 valid = 0.75; the 2 invalid days are not in the denominator, whatever their AQI.
        Assert.Equal((4, 3, 1, 2, 6), (tally.Valid, tally.Good, tally.Polluted, tally.Invalid, tally.Days));
        Assert.Equal(0.75, tally.Share);
        Assert.Equal(2, tally.InvalidBecauseOf(DayInvalidity.Pm25));
        Assert.Equal(1, tally.InvalidBecauseOf(DayInvalidity.O3EightHour));
        Assert.Equal(0, tally.InvalidBecauseOf(DayInvalidity.So2));
    }

    [Fact]
    public void HeavyPollution_IsAValidDayAbove200()
    {
        var tally = new GoodDayTally();
        tally.Add(DayStatus.Valid, DayInvalidity.None, 200);
        tally.Add(DayStatus.Valid, DayInvalidity.None, 201);
        tally.Add(DayStatus.Valid, DayInvalidity.None, 338);
        tally.Add(DayStatus.Invalid, DayInvalidity.So2, 250);

        // 重污染天: AQI above 200 (重度污染 201–300, 严重污染 above 300); 200 itself is 中度污染; an invalid day never counts.
        Assert.Equal((2, 3, 0), (tally.HeavyPollution, tally.Polluted, tally.Good));
    }

    [Fact]
    public void NoValidDay_HasNoShare() => Assert.Null(new GoodDayTally().Share);

    [Fact]
    public void InvalidBecauseOf_TwoReasonsAtOnce_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GoodDayTally().InvalidBecauseOf(DayInvalidity.So2 | DayInvalidity.No2));

    [Fact]
    public void Describe_NamesEachReasonOnce()
    {
        Assert.Equal(
            "SO2 24-hour mean: fewer than 20 valid hours; PM2.5 24-hour mean: fewer than 20 valid hours",
            DayInvalidities.Describe(DayInvalidity.Pm25 | DayInvalidity.So2));
        Assert.Equal("", DayInvalidities.Describe(DayInvalidity.None));
    }
}
