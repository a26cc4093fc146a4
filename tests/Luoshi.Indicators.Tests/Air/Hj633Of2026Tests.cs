using Luoshi.Indicators.Air;

namespace Luoshi.Indicators.Tests.Air;

/// <summary>Days worked by hand under both versions: those whose category changes on 1 March 2026, and the rules
/// HJ 633—2026 changed (O3 1-hour out of the daily report, O3 8-hour and SO2 1-hour above 800, AQI from 1, §5.3.1).</summary>
public sealed class Hj633Of2026Tests
{
    private const AirStandard Of2012 = AirStandard.Hj633Of2012;
    private const AirStandard Of2026 = AirStandard.Hj633Of2026;

    [Fact]
    public void DailyAqi_Pm25Of70_IsGoodIn2012AndPollutedIn2026()
    {
        // SO2 10 → 10, NO2 30 → 37.5 → 38, CO 0.8 → 20, O3 1-h 120 → 37.5 → 38, O3 8-h 90 → 45 under both.
        // PM10 60: 2012 50 + 50/100 × 10 = 55; 2026 50 + 50/70 × 10 = 57.1 → 58.
        // PM2.5 70: 2012 50 + 50/40 × 35 = 93.75 → 94 (良); 2026 100 + 50/55 × 10 = 109.1 → 110 (轻度污染).
        var day = new DailyConcentrations(10, 30, 60, 0.8, 120, 90, 70);

        var old = DailyAqi.Of(Of2012, day);
        var now = DailyAqi.Of(Of2026, day);

        Assert.Equal((94, "良", 55), (old.Aqi, old.Category.Name, Sub(old, Pollutant.Pm10)));
        Assert.Equal((110, "轻度污染", 58), (now.Aqi, now.Category.Name, Sub(now, Pollutant.Pm10)));
        Assert.Equal([Pollutant.Pm25], now.Primary);
        // 超标污染物 was deleted from HJ 633—2026: nothing is listed although PM2.5's index is above 100.
        Assert.Empty(now.Exceeding);
        Assert.Equal(Of2026, now.Standard);
    }

    [Fact]
    public void DailyAqi_Pm10Of130_IsGoodIn2012AndPollutedIn2026()
    {
        // PM10 130: 2012 50 + 50/100 × 80 = 90; 2026 100 + 50/130 × 10 = 103.8 → 104. PM2.5 30 → 42.9 → 43 under both.
        var day = new DailyConcentrations(8, 20, 130, 0.5, 60, 50, 30);

        Assert.Equal((90, 104), (DailyAqi.Of(Of2012, day).Aqi, DailyAqi.Of(Of2026, day).Aqi));
    }

    [Fact]
    public void DailyAqi_O3EightHourOf820_Is325In2012And300In2026()
    {
        // 2012 Table 1 note (3): 8-h 820 has no index, O3 rests on its 1-h 850 → 300 + 100/200 × 50 = 325 (严重污染).
        // 2026 Table 3 note c: 8-h above 800 counts 300 (重度污染); the 1-h maximum is not a daily indicator.
        // PM2.5 50: 2012 50 + 1.25 × 15 = 68.75 → 69; 2026 50 + 2 × 15 = 80.
        var day = new DailyConcentrations(10, 30, 60, 0.8, 850, 820, 50);

        var old = DailyAqi.Of(Of2012, day);
        var now = DailyAqi.Of(Of2026, day);

        Assert.Equal((325, "严重污染"), (old.Aqi, old.Category.Name));
        Assert.DoesNotContain(old.SubIndices, s => s.Averaging == Averaging.EightHourMoving);
        Assert.Equal((300, "重度污染", 80), (now.Aqi, now.Category.Name, Sub(now, Pollutant.Pm25)));
        Assert.Equal([Averaging.EightHourMoving], now.SubIndices.Where(s => s.Pollutant == Pollutant.O3).Select(s => s.Averaging));
    }

    [Fact]
    public void DailyAqi_O3EightHourAbove800WithoutOneHour_IsFineIn2026() =>
        Assert.Equal(300, DailyAqi.Of(Of2026, new DailyConcentrations(null, null, null, null, null, 850, 20)).Aqi);

    [Fact]
    public void DailyAqi_HighOneHourOzone_NoLongerDecidesTheDay()
    {
        // O3 1-h 300 → 150 (2012 counts it: 轻度污染); O3 8-h 100 → 50; PM2.5 30 → 43. In 2026 the day is 50, 优.
        var day = new DailyConcentrations(5, 20, 40, 0.5, 300, 100, 30);

        Assert.Equal((150, 50), (DailyAqi.Of(Of2012, day).Aqi, DailyAqi.Of(Of2026, day).Aqi));
        Assert.Equal(AqiLevel.One, DailyAqi.Of(Of2026, day).Level);
    }

    [Fact]
    public void DailyAqi_AllZero_Is0In2012And1In2026() =>
        Assert.Equal((0, 1), (DailyAqi.Of(Of2012, new DailyConcentrations(0, 0, 0, 0, 0, 0, 0)).Aqi,
            DailyAqi.Of(Of2026, new DailyConcentrations(0, 0, 0, 0, 0, 0, 0)).Aqi));

    [Fact]
    public void DailyAqi_MissingPollutantAndAqiUpTo100_IsNotAvailableIn2026Only()
    {
        // PM2.5 missing; the others: SO2 10, NO2 30 → 38, PM10 100 → 2012 75 / 2026 50 + 50/70 × 50 = 85.7 → 86, CO 20, O3 8-h 45.
        var day = new DailyConcentrations(10, 30, 100, 0.8, 120, 90, null);

        var now = DailyAqi.Of(Of2026, day);

        Assert.Equal((86, true, Pollutant.Pm25), (now.Aqi, now.NotAvailable, Assert.Single(now.Missing)));
        Assert.False(DailyAqi.Of(Of2012, day).NotAvailable);
    }

    [Fact]
    public void DailyAqi_MissingPollutantAndAqiAbove100_IsPublishedIn2026()
    {
        // PM10 200 → 100 + 50/130 × 80 = 130.8 → 131 > 100: §5.3.1 publishes it though PM2.5 is missing.
        var now = DailyAqi.Of(Of2026, new DailyConcentrations(10, 30, 200, 0.8, 120, 90, null));

        Assert.Equal((131, false), (now.Aqi, now.NotAvailable));
    }

    [Fact]
    public void HourlyAqi_So2OneHourAbove800_Counts200In2026WithoutTheDailyValue()
    {
        // HJ 633—2026 Table 3 note b; 2012 would need the 24-hour value (and throws without it).
        var now = HourlyAqi.Of(Of2026, new HourlyConcentrations(900, 50, 40, 1, 80, 20));

        Assert.Equal((200, Averaging.OneHour, "中度污染"), (now.Aqi, now.SubIndices[0].Averaging, now.Category.Name));
        Assert.Throws<ArgumentException>(() => HourlyAqi.Of(Of2012, new HourlyConcentrations(900, 50, 40, 1, 80, 20)));
    }

    [Fact]
    public void HourlyAqi_Pm25Of70_IsJudgedOnTable3In2026()
    {
        // The hour's PM2.5 on the 24-hour row: 2012 94, 2026 110. NO2 1-h 60 → 30.
        var hour = new HourlyConcentrations(null, 60, null, null, null, 70);

        Assert.Equal((94, 110), (HourlyAqi.Of(Of2012, hour).Aqi, HourlyAqi.Of(Of2026, hour).Aqi));
    }

    private static int Sub(AqiResult result, Pollutant pollutant) => result.SubIndices.First(s => s.Pollutant == pollutant).Value;
}
