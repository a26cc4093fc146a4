using Luoshi.Indicators.Air.Daily;

namespace Luoshi.Indicators.Tests.Air.Daily;

/// <summary>剩余可超标天数 and the year-end projection, worked by hand.</summary>
public sealed class GoodDayOutlookTests
{
    [Fact]
    public void OnTarget_AffordsTheSlack()
    {
        // 300 valid, 270 good, 60 left: 360 valid in the year, 90% needs ⌈324⌉ = 324 good; 270 + 60 − 324 = 6.
        var o = GoodDayOutlook.For(0.9m, validSoFar: 300, goodSoFar: 270, daysLeft: 60);

        Assert.Equal((360, 324, 6, true), (o.ValidDaysInYear, o.GoodDaysNeeded, o.AffordablePollutedDays, o.Reachable));
        Assert.Equal(0.9, o.ProjectedShare!.Value, 12);
    }

    [Fact]
    public void BehindTarget_IsNegative()
    {
        // 250 good of 300: even 60 good days more give 310 < 324; 250 + 60 − 324 = −14.
        var o = GoodDayOutlook.For(0.9m, 300, 250, 60);

        Assert.Equal((-14, false), (o.AffordablePollutedDays, o.Reachable));
    }

    [Fact]
    public void FractionalNeed_RoundsUp()
    {
        // 330 + 35 = 365 valid; 0.9 × 365 = 328.5 → 329 good needed; 297 + 35 − 329 = 3.
        var o = GoodDayOutlook.For(0.9m, 330, 297, 35);

        Assert.Equal((329, 3), (o.GoodDaysNeeded, o.AffordablePollutedDays));
    }

    [Fact]
    public void ExactNeed_IsNotRoundedUpOneTooMany()
    {
        // 0.8 × 365 = 292 exactly; 240 + 65 − 292 = 13.
        var o = GoodDayOutlook.For(0.8m, 300, 240, 65);

        Assert.Equal((292, 13), (o.GoodDaysNeeded, o.AffordablePollutedDays));
    }

    [Fact]
    public void ExpectedShareOfRest_ShapesTheProjection()
    {
        // 270 good of 300 so far, 60 left expected at 80%: (270 + 48) / 360 = 318 / 360 = 0.88333….
        var o = GoodDayOutlook.For(0.9m, 300, 270, 60, expectedShareOfRest: 0.8);

        Assert.Equal(318.0 / 360, o.ProjectedShare!.Value, 12);
    }

    [Theory]
    [InlineData("2024-11-01", 60)]
    [InlineData("2023-11-01", 60)]
    [InlineData("2023-01-01", 364)]
    [InlineData("2024-12-31", 0)]
    public void DaysLeftInYear_CountsDaysAfterAsOf(string asOf, int expected) =>
        Assert.Equal(expected, GoodDayOutlook.DaysLeftInYear(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));
}
