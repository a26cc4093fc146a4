using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Daily;

namespace Luoshi.Indicators.Tests.Air.Daily;

/// <summary>A year that straddles 1 March 2026: each day by the rules in force on its date, never a 2026 day by the 2012
/// rules, and both versions side by side on the same data.</summary>
public sealed class StraddlingYearTests
{
    // Every hour: SO2 10, NO2 30, PM10 60, CO 0.8, O3 90, PM2.5 70 — PM2.5 70 is 良 (94) by 2012 and 轻度污染 (110) by 2026.
    private static StationDay Day(DateOnly date) => StationDay.FromHourly(date, new HourlyDay
    {
        So2 = Hours.Constant(10),
        No2 = Hours.Constant(30),
        Pm10 = Hours.Constant(60),
        Co = Hours.Constant(0.8),
        O3 = Hours.Constant(90),
        Pm25 = Hours.Constant(70),
    });

    [Fact]
    public void FromHourly_TheLastDayOf2012Rules_And_TheFirstOf2026()
    {
        var before = Day(new DateOnly(2026, 2, 28));
        var from = Day(new DateOnly(2026, 3, 1));

        Assert.Equal((AirStandard.Hj633Of2012, 94, true), (before.Standard, before.Index.Aqi!.Value, before.IsGood));
        Assert.Equal((AirStandard.Hj633Of2026, 110, false), (from.Standard, from.Index.Aqi!.Value, from.IsGood));
    }

    [Fact]
    public void Comparison_Year2026_CountsEachDayByTheRulesInForceAndBothSideBySide()
    {
        var comparison = new GoodDayComparison();
        for (var date = new DateOnly(2026, 1, 1); date.Year == 2026; date = date.AddDays(1))
        {
            comparison.Add(Day(date));
        }

        // 365 valid days. In force: 1 January–28 February (31 + 28 = 59 days) by 2012, good; 306 days by 2026, polluted.
        Assert.Equal((365, 59, 306), (comparison.InForce.Valid, comparison.InForce.Good, comparison.InForce.Polluted));
        Assert.Equal((365, 0), (comparison.Under(AirStandard.Hj633Of2012).Good, comparison.Under(AirStandard.Hj633Of2026).Good));
        Assert.Equal(
            [new StandardSpan(AirStandard.Hj633Of2012, new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28)),
             new StandardSpan(AirStandard.Hj633Of2026, new DateOnly(2026, 3, 1), new DateOnly(2026, 12, 31))],
            comparison.InForceSpans);
    }

    [Fact]
    public void FromDailyValues_ANetworksDailyRow_IsJudgedAsGiven()
    {
        // A daily file's row without O3 8-h: invalid for that item; the AQI of the rest (PM2.5 70 → 110) is published
        // because it is above 100 (§5.3.1).
        var day = StationDay.FromDailyValues(new DateOnly(2026, 3, 5), new DailyConcentrations(10, 30, 60, 0.8, 120, null, 70));

        Assert.Equal((DayStatus.Invalid, DayInvalidity.O3EightHour, 110), (day.Status, day.Invalidity, day.Index.Aqi!.Value));
        Assert.Equal(PollutantSet.O3, day.Index.Missing);
    }
}
