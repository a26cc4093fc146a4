using Luoshi.Indicators.Air;

namespace Luoshi.Indicators.Tests.Air;

/// <summary>Hourly AQI (HJ 633-2012 clause 5.2) worked by hand from Table 1.</summary>
public sealed class HourlyAqiTests
{
    [Fact]
    public void OneHourRows_AndPmOnTheTwentyFourHourRows()
    {
        // SO2 1-h 300 → 50/350×150 + 50 = 71.43 → 72; NO2 1-h 150 → 75; PM10 80 → 50 + 0.5×30 = 65;
        // CO 1-h 3 → 10×3 = 30; O3 1-h 180 → 50 + 1.25×20 = 75; PM2.5 50 → 50 + 1.25×15 = 68.75 → 69.
        var r = HourlyAqi.Of(AirStandard.Hj633Of2012, new HourlyConcentrations(300, 150, 80, 3, 180, 50));

        Assert.Equal([72, 75, 65, 30, 75, 69], r.SubIndices.Select(s => s.Value));
        Assert.Equal(
            [Averaging.OneHour, Averaging.OneHour, Averaging.TwentyFourHour, Averaging.OneHour, Averaging.OneHour, Averaging.TwentyFourHour],
            r.SubIndices.Select(s => s.Averaging));
        Assert.Equal((75, AqiLevel.Two), (r.Aqi, r.Level));
        Assert.Equal([Pollutant.No2, Pollutant.O3], r.Primary);
    }

    [Fact]
    public void Table1Note2_So2OneHourAbove800_IsJudgedByTwentyFourHour()
    {
        // SO2 1-h 900 is not indexed; SO2 24-h 700 → 150 + 50/325×225 = 184.62 → 185; NO2 1-h 50 → 25.
        var r = HourlyAqi.Of(AirStandard.Hj633Of2012, new HourlyConcentrations(900, 50, null, null, null, null, So2TwentyFourHour: 700));

        Assert.Equal((185, AqiLevel.Four, "中度污染", "红色"), (r.Aqi, r.Level, r.Category.Name, r.Category.ColourName));
        Assert.Equal(Averaging.TwentyFourHour, r.SubIndices[0].Averaging);
        Assert.Equal([Pollutant.So2], r.Primary);
        Assert.Equal([Pollutant.So2], r.Exceeding);
    }

    [Fact]
    public void Table1Note2_So2At800_StillUsesTheOneHourRow()
    {
        var r = HourlyAqi.Of(AirStandard.Hj633Of2012, new HourlyConcentrations(800, null, null, null, null, null));

        Assert.Equal((200, Averaging.OneHour), (r.Aqi, r.SubIndices[0].Averaging));
    }

    [Fact]
    public void Table1Note2_So2Above800WithoutTwentyFourHour_Throws() =>
        Assert.Throws<ArgumentException>(() => HourlyAqi.Of(AirStandard.Hj633Of2012, new HourlyConcentrations(801, 50, null, null, null, null)));
}
