using Luoshi.Indicators.Air;

namespace Luoshi.Indicators.Tests.Air;

/// <summary>Daily AQI (HJ 633-2012 clause 5.1) for station-days worked by hand from Table 1.</summary>
public sealed class DailyAqiTests
{
    [Fact]
    public void GoodDay_PrimaryIsPm25()
    {
        // SO2 10 → 10; NO2 30 → 50/40×30 = 37.5 → 38; PM10 60 → 50 + 0.5×10 = 55; CO 0.8 → 25×0.8 = 20;
        // O3 1-h 120 → 50/160×120 = 37.5 → 38; O3 8-h 90 → 45; PM2.5 40 → 50 + 1.25×5 = 56.25 → 57.
        var r = DailyAqi.Of(AirStandard.Hj633Of2012, new DailyConcentrations(10, 30, 60, 0.8, 120, 90, 40));

        Assert.Equal([10, 38, 55, 20, 38, 45, 57], r.SubIndices.Select(s => s.Value));
        Assert.Equal((57, AqiLevel.Two, "良"), (r.Aqi, r.Level, r.Category.Name));
        Assert.Equal([Pollutant.Pm25], r.Primary);
        Assert.Empty(r.Exceeding);
        Assert.Equal(AirStandard.Hj633Of2012, r.Standard);
    }

    [Fact]
    public void Clause44_TiedPollutants_AreAllPrimary()
    {
        // PM10 150 → 100 and PM2.5 75 → 100 tie; the rest: 5, 25, 13, 32 (31.25), 40.
        var r = DailyAqi.Of(AirStandard.Hj633Of2012, new DailyConcentrations(5, 20, 150, 0.5, 100, 80, 75));

        Assert.Equal(100, r.Aqi);
        Assert.Equal([Pollutant.Pm10, Pollutant.Pm25], r.Primary);
        Assert.Empty(r.Exceeding);
    }

    [Fact]
    public void Clause44_AqiOf50_HasNoPrimary()
    {
        // PM2.5 35 → 50 is the largest; clause 4.4 names a primary pollutant only above 50.
        var r = DailyAqi.Of(AirStandard.Hj633Of2012, new DailyConcentrations(5, 20, 40, 0.5, 100, 80, 35));

        Assert.Equal((50, AqiLevel.One), (r.Aqi, r.Level));
        Assert.Empty(r.Primary);
    }

    [Fact]
    public void HeavyPollution_ListsExceedingInTableOrder()
    {
        // SO2 30 → 30; NO2 90 → 100 + 0.5×10 = 105; PM10 200 → 100 + 0.5×50 = 125; CO 1.5 → 37.5 → 38;
        // O3 1-h 60 → 18.75 → 19; O3 8-h 50 → 25; PM2.5 160 → 200 + 1×10 = 210.
        var r = DailyAqi.Of(AirStandard.Hj633Of2012, new DailyConcentrations(30, 90, 200, 1.5, 60, 50, 160));

        Assert.Equal([30, 105, 125, 38, 19, 25, 210], r.SubIndices.Select(s => s.Value));
        Assert.Equal((210, AqiLevel.Five, "重度污染", "#99004C"), (r.Aqi, r.Level, r.Category.Name, r.Category.HexColour));
        Assert.Equal([Pollutant.Pm25], r.Primary);
        Assert.Equal([Pollutant.No2, Pollutant.Pm10, Pollutant.Pm25], r.Exceeding);
    }

    [Fact]
    public void Ozone_OneAndEightHourTie_NamesOzoneOnce()
    {
        // O3 1-h 200 → 100 and O3 8-h 160 → 100; PM2.5 50 → 68.75 → 69.
        var r = DailyAqi.Of(AirStandard.Hj633Of2012, new DailyConcentrations(null, null, null, null, 200, 160, 50));

        Assert.Equal(100, r.Aqi);
        Assert.Equal([Pollutant.O3], r.Primary);
    }

    [Fact]
    public void Table1Note3_EightHourOzoneAbove800_IsJudgedByOneHour()
    {
        // O3 8-h 850 gets no index; O3 1-h 900 → 300 + 0.5×100 = 350; PM2.5 100 → 100 + 1.25×25 = 131.25 → 132.
        var r = DailyAqi.Of(AirStandard.Hj633Of2012, new DailyConcentrations(null, null, null, null, 900, 850, 100));

        Assert.Equal((350, AqiLevel.Six, "严重污染"), (r.Aqi, r.Level, r.Category.Name));
        Assert.DoesNotContain(r.SubIndices, s => s.Averaging == Averaging.EightHourMoving);
        Assert.Equal([Pollutant.O3], r.Primary);
    }

    [Fact]
    public void Table1Note3_EightHourOzoneAbove800WithoutOneHour_Throws() =>
        Assert.Throws<ArgumentException>(() => DailyAqi.Of(AirStandard.Hj633Of2012, new DailyConcentrations(null, null, null, null, null, 850, 100)));

    [Fact]
    public void MissingValues_AreLeftOut()
    {
        // Only PM2.5 80 → 100 + 1.25×5 = 106.25 → 107.
        var r = DailyAqi.Of(AirStandard.Hj633Of2012, new DailyConcentrations(null, null, null, null, null, null, 80));

        Assert.Equal(107, r.Aqi);
        Assert.Single(r.SubIndices);
    }

    [Fact]
    public void NoValues_Throws() =>
        Assert.Throws<ArgumentException>(() => DailyAqi.Of(AirStandard.Hj633Of2012, default));

    [Fact]
    public void PmAboveTable_Is500AndFlagged()
    {
        var r = DailyAqi.Of(AirStandard.Hj633Of2012, new DailyConcentrations(null, null, null, null, null, null, 650));

        Assert.Equal(500, r.Aqi);
        Assert.True(r.SubIndices[0].AboveTable);
    }
}
