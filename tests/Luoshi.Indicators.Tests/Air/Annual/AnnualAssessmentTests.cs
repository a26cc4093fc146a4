using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Annual;
using Luoshi.Indicators.Air.Daily;

namespace Luoshi.Indicators.Tests.Air.Annual;

/// <summary>Annual statistics from daily values (HJ 663-2013), rounded by GB/T 8170, against the GB 3095 limits of the
/// phase in force, worked by hand.</summary>
public sealed class AnnualAssessmentTests
{
    [Fact]
    public void Of_TenJanuaryDays_MeanPercentileLimitAndCompleteness()
    {
        // PM2.5 10, 20 … 100 on 1–10 January 2027 (GB 3095—2026 transition limits).
        var series = Series(2027, Enumerable.Range(1, 10).Select(i => (double?)(i * 10)).ToArray());
        var to = new DateOnly(2027, 1, 10);

        var figures = AnnualAssessment.Of(series, to, AreaClass.Two);

        // Mean 550 / 10 = 55 > 30 (class 2 transition): not within. 95th: k = 1 + 9 × 0.95 = 9.55 → 90 + 0.55 × 10 = 95.5
        // → 96 (GB/T 8170 half to even: 95 is odd) > 60.
        var mean = figures.Single(f => f.Statistic == AnnualStatistic.Pm25AnnualMean);
        var p95 = figures.Single(f => f.Statistic == AnnualStatistic.Pm25Daily95);
        Assert.Equal((55.0, 30m, false, Gb3095Phase.Gb3095Of2026Transition), (mean.Value!.Value, mean.Limit, mean.WithinLimit!.Value, mean.Phase));
        Assert.Equal((96.0, 60m, false), (p95.Value!.Value, p95.Limit, p95.WithinLimit!.Value));
        // 10 values, January can still reach 27 (21 days left), the year 324 (355 left): possible, not met yet.
        Assert.Equal((10, true, false), (mean.Completeness.Values, mean.Completeness.Possible, mean.Completeness.Met));
    }

    [Fact]
    public void ValueOf_HalfwayMean_RoundsHalfToEven()
    {
        // (10 + 11) / 2 = 10.5 → 10; (11 + 12) / 2 = 11.5 → 12.
        Assert.Equal(10, AnnualAssessment.ValueOf(AnnualStatistic.Pm25AnnualMean, Points(10, 11)));
        Assert.Equal(12, AnnualAssessment.ValueOf(AnnualStatistic.Pm25AnnualMean, Points(11, 12)));
    }

    [Fact]
    public void ValueOf_Co_KeepsOneDecimal()
    {
        // CO 0.8 0.9 1.0 1.2 mg/m³: 95th k = 1 + 3 × 0.95 = 3.85 → 1.0 + 0.85 × 0.2 = 1.17 → 1.2.
        Assert.Equal(1.2, AnnualAssessment.ValueOf(AnnualStatistic.CoDaily95, Points(0.8, 0.9, 1.0, 1.2)));
    }

    [Fact]
    public void Of_Before1March2026_UsesGb3095Of2012()
    {
        var series = Series(2026, 40, 40);

        var figure = AnnualAssessment.Of(series, AnnualStatistic.Pm25AnnualMean, new DateOnly(2026, 1, 2), Gb3095Phases.InForceOn(new DateOnly(2026, 1, 2)), AreaClass.Two);

        Assert.Equal((40.0, 35m, Gb3095Phase.Gb3095Of2012), (figure.Value!.Value, figure.Limit, figure.Phase));
    }

    [Fact]
    public void Series_EachPollutantKeepsItsOwnValidDays()
    {
        // Day 2 has no PM2.5: PM2.5 keeps one value, SO2 two.
        var series = Series(2027, 30, null);

        Assert.Equal((1, 2), (series.Of(Pollutant.Pm25).Count, series.Of(Pollutant.So2).Count));
    }

    [Fact]
    public void Series_DayOutOfOrder_Throws()
    {
        var series = new AnnualSeries();
        series.Add(Day(new DateOnly(2027, 1, 2), 30));

        Assert.Throws<ArgumentException>(() => series.Add(Day(new DateOnly(2027, 1, 1), 30)));
    }

    private static IReadOnlyList<DailyPoint> Points(params double[] values) =>
        [.. values.Select((v, i) => new DailyPoint(new DateOnly(2027, 1, 1).AddDays(i), v))];

    // One day per PM2.5 value from 1 January; the other pollutants fixed.
    private static AnnualSeries Series(int year, params double?[] pm25)
    {
        var series = new AnnualSeries();
        for (var i = 0; i < pm25.Length; i++)
        {
            series.Add(Day(new DateOnly(year, 1, 1).AddDays(i), pm25[i]));
        }

        return series;
    }

    private static StationDay Day(DateOnly date, double? pm25) =>
        StationDay.FromDailyValues(date, new DailyConcentrations(8, 30, 60, 0.8, 120, 100, pm25));
}
