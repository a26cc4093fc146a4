using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Daily;

namespace Luoshi.Indicators.Tests.Air.Daily;

/// <summary>The validity counts of GB 3095-2012 Table 4 and HJ 663-2013, worked by hand on made-up hours.</summary>
public sealed class StationDayValidityTests
{
    private static readonly DateOnly SampleDate = new(2016, 7, 1);

    private static StationDay Day(double[]? pm25 = null, double[]? o3 = null) => StationDay.FromHourly(SampleDate, new HourlyDay
    {
        So2 = Hours.Constant(10),
        No2 = Hours.Constant(40),
        Pm10 = Hours.Constant(50),
        Co = Hours.Constant(1),
        O3 = o3 ?? Hours.Constant(100),
        Pm25 = pm25 ?? Hours.Constant(35),
    });

    [Fact]
    public void Table4_TwentyValidHours_MakeAValidMean()
    {
        // Hours 0–19 hold 1 … 20, hours 20–23 are missing: mean (1 + … + 20) / 20 = 210 / 20 = 10.5, which GB/T 8170
        // rounds half to even: 10.
        var pm25 = Enumerable.Range(0, 24).Select(h => h < 20 ? h + 1.0 : double.NaN).ToArray();

        var day = Day(pm25: pm25);

        Assert.Equal(new DailyValue(10, 20, DailyValueValidity.Valid), day.Pm25);
        Assert.True(day.IsValid);
    }

    [Fact]
    public void Table4_NineteenValidHours_MakeTheDayInvalid()
    {
        // 1 … 19 over 19 hours: mean 190 / 19 = 10, shown but not counted.
        var pm25 = Enumerable.Range(0, 24).Select(h => h < 19 ? h + 1.0 : double.NaN).ToArray();

        var day = Day(pm25: pm25);

        Assert.Equal(new DailyValue(10, 19, DailyValueValidity.TooFew), day.Pm25);
        Assert.Null(day.Pm25.ValidValue);
        Assert.Equal((DayStatus.Invalid, DayInvalidity.Pm25), (day.Status, day.Invalidity));
        Assert.False(day.IsGood);
    }

    [Fact]
    public void NaN_AllHoursMissing_IsNoData()
    {
        var day = Day(pm25: Hours.Constant(double.NaN));

        Assert.Equal(DailyValueValidity.NoData, day.Pm25.Validity);
        Assert.True(double.IsNaN(day.Pm25.Value));
        Assert.Equal(0, day.Pm25.Count);
    }

    [Fact]
    public void Table4_SixHoursInAWindow_Count_FiveDoNot()
    {
        // Hours 0–5 hold 10 … 60: window 0–7 has 6 valid hours, mean 210 / 6 = 35; window 1–8 has only 5.
        var day = Day(o3: Hours.Of(10, 20, 30, 40, 50, 60));

        Assert.Equal(new DailyValue(35, 1, DailyValueValidity.TooFew), day.O3EightHourMax);
    }

    [Fact]
    public void Table4_FiveHoursInEveryWindow_GiveNoWindow()
    {
        var day = Day(o3: Hours.Of(10, 20, 30, 40, 50));

        Assert.Equal(0, day.O3EightHourMax.Count);
        Assert.Equal(DailyValueValidity.NoData, day.O3EightHourMax.Validity);
    }

    [Fact]
    public void NaN_InsideAWindow_IsLeftOutOfItsMean()
    {
        // Hours 0–7: 80, NaN, 100, 100, 100, 100, 100, 100, then 0 … : window 0–7 has 7 valid hours,
        // (80 + 6 × 100) / 7 = 680 / 7 = 97.14… → 97, the largest window (the next ones add zeros).
        var o3 = Enumerable.Range(0, 24).Select(h => h switch { 0 => 80.0, 1 => double.NaN, < 8 => 100.0, _ => 0.0 }).ToArray();

        var day = Day(o3: o3);

        Assert.Equal(97, day.O3EightHourMax.Value);
        Assert.Equal((17, DailyValueValidity.Valid), (day.O3EightHourMax.Count, day.O3EightHourMax.Validity));
        Assert.Equal(new DailyValue(100, 23, DailyValueValidity.Valid), day.O3OneHourMax);
    }

    [Fact]
    public void OneHourMax_FromFewHours_DoesNotDecideTheDay()
    {
        // O3 in 3 hours only: the 1-hour maximum (GB 3095-2012 Table 4 sets no count for it) is 30, but with no
        // valid 8-hour window the day fails on the O3 8-hour maximum alone, a daily evaluation item of HJ 663-2013.
        var day = Day(o3: Hours.Of(10, 30, 20));

        Assert.Equal(new DailyValue(30, 3, DailyValueValidity.Valid), day.O3OneHourMax);
        Assert.Equal((DayStatus.Invalid, DayInvalidity.O3EightHour), (day.Status, day.Invalidity));
    }

    [Fact]
    public void Hj663_FourteenValidWindows_MakeAValidMaximum()
    {
        // Hours 0–18 valid: window k (hours k … k+7) has 19 − k valid hours, ≥ 6 for k = 0 … 13: 14 windows.
        var day = Day(o3: Hours.First(19, 100));

        Assert.Equal(new DailyValue(100, 14, DailyValueValidity.Valid), day.O3EightHourMax);
    }

    [Fact]
    public void Hj663_ThirteenValidWindows_AreTooFew()
    {
        // Hours 0–17 valid: windows k = 0 … 12, 13 of them.
        var day = Day(o3: Hours.First(18, 100));

        Assert.Equal(new DailyValue(100, 13, DailyValueValidity.TooFew), day.O3EightHourMax);
        Assert.True(day.Invalidity.HasFlag(DayInvalidity.O3EightHour));
    }

    [Fact]
    public void Hj663_ThirteenWindowsAboveTheLimit_AreStillValid()
    {
        // 170 > 160 µg/m³ (GB 3095-2012 Table 1, O3 daily maximum 8-hour mean, class 2): more data could only raise it.
        var day = Day(o3: Hours.First(18, 170));

        Assert.Equal(new DailyValue(170, 13, DailyValueValidity.ValidAsExceeding), day.O3EightHourMax);
        Assert.True(day.O3EightHourMax.IsValid);
    }

    [Fact]
    public void Hj663_ThirteenWindowsExactlyAtTheLimit_AreTooFew()
    {
        // 160 is the limit, not above it (超过 means strictly above).
        var day = Day(o3: Hours.First(18, 160));

        Assert.Equal(DailyValueValidity.TooFew, day.O3EightHourMax.Validity);
    }


    [Fact]
    public void ValidDay_CarriesTheDailyAqi()
    {
        // SO2 10 → 10; NO2 40 → 50; PM10 50 → 50; CO 1 → 25; O3 1-h 100 → 31.25 → 32; O3 8-h 100 → 50; PM2.5 35 → 50.
        var day = Day();

        Assert.Equal(AirStandard.Hj633Of2012, day.Standard);
        Assert.Equal(DayStatus.Valid, day.Status);
        Assert.Equal(
            new DailyIndex(AirStandard.Hj633Of2012, 10, 50, 50, 25, 32, 50, 50, 50, PollutantSet.None, PollutantSet.None, false, PollutantSet.None, false),
            day.Index);
        Assert.True(day.IsGood);
    }

    [Fact]
    public void WrongLength_Throws() =>
        Assert.Throws<ArgumentException>(() => StationDay.FromHourly(SampleDate, new HourlyDay { So2 = new double[23] }));

    [Fact]
    public void NegativeHour_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StationDay.FromHourly(SampleDate, new HourlyDay { So2 = Hours.Constant(-1) }));
}
