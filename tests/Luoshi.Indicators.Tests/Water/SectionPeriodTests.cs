using Luoshi.Indicators.Water;

namespace Luoshi.Indicators.Tests.Water;

/// <summary>Section class over a period from item means, and the compliance rate of a set of sections
/// (《地表水环境质量评价办法（试行）》, limits from GB 3838-2002 表1).</summary>
public sealed class SectionPeriodTests
{
    private static readonly WaterSection WuMaGang = new("S1", "五马岗", WaterBody.River, WaterClass.III);
    private static readonly WaterSection Upstream = new("S2", "上游", WaterBody.River, WaterClass.II);
    private static readonly WaterSection Reservoir = new("S3", "水库", WaterBody.Lake, WaterClass.II);
    private static readonly WaterSection Silent = new("S4", "未监测", WaterBody.River, WaterClass.III);

    private static WaterSample Sample(string section, string date, params (WaterItem Item, decimal Value)[] values) =>
        new(section, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), values.ToDictionary(v => v.Item, v => v.Value));

    [Fact]
    public void Evaluate_MeansOverTheSamplesThatMeasuredEachItem_ClassOfTheMeans()
    {
        // NH3-N (0.4 + 0.6 + 1.1)/3 = 0.7 ≤ 1.0: Ⅲ, though the March sample alone (1.1) is Ⅳ.
        // TP measured twice: (0.1 + 0.2)/2 = 0.15 ≤ 0.2: Ⅲ. Both decide; both meet the Ⅲ target.
        var samples = new[]
        {
            Sample("S1", "2022-01-10", (WaterItem.Nh3N, 0.4m), (WaterItem.Tp, 0.1m)),
            Sample("S1", "2022-02-10", (WaterItem.Nh3N, 0.6m)),
            Sample("S1", "2022-03-10", (WaterItem.Nh3N, 1.1m), (WaterItem.Tp, 0.2m)),
        };

        var result = SectionPeriod.Evaluate(WuMaGang, samples);

        Assert.Equal(0.7m, result.Means[WaterItem.Nh3N]);
        Assert.Equal(0.15m, result.Means[WaterItem.Tp]);
        Assert.Equal(WaterClass.III, result.Class!.Class);
        Assert.Equal([WaterItem.Nh3N, WaterItem.Tp], result.Class.Deciding);
        Assert.Equal((3, true), (result.SampleCount, result.MeetsTarget));
        Assert.Empty(result.Exceeding);
    }

    [Fact]
    public void Evaluate_MeanJustAboveALimit_IsTheWorseClass()
    {
        // (1.0 + 1.0 + 1.1)/3 = 1.0333… > 1.0: Ⅳ, missing the Ⅲ target by (1.0333… − 1.0)/1.0.
        var samples = new[]
        {
            Sample("S1", "2022-01-10", (WaterItem.Nh3N, 1.0m)),
            Sample("S1", "2022-02-10", (WaterItem.Nh3N, 1.0m)),
            Sample("S1", "2022-03-10", (WaterItem.Nh3N, 1.1m)),
        };

        var result = SectionPeriod.Evaluate(WuMaGang, samples);

        Assert.Equal(WaterClass.IV, result.Class!.Class);
        Assert.False(result.MeetsTarget);
        Assert.Equal(0.0333m, decimal.Round(result.Exceeding.Single().Multiple!.Value, 4));
    }

    [Fact]
    public void Evaluate_Lake_JudgesTotalNitrogenApart()
    {
        // TN (1.2 + 1.6)/2 = 1.4 ≤ 1.5: Ⅳ, reported apart; the official class from TP (0.02 + 0.02)/2 ≤ 0.025 (湖、库) is Ⅱ.
        var samples = new[]
        {
            Sample("S3", "2022-01-10", (WaterItem.Tp, 0.02m), (WaterItem.Tn, 1.2m)),
            Sample("S3", "2022-02-10", (WaterItem.Tp, 0.02m), (WaterItem.Tn, 1.6m)),
        };

        var result = SectionPeriod.Evaluate(Reservoir, samples);

        Assert.Equal((WaterClass.II, WaterClass.IV, true), (result.Class!.Class, result.TotalNitrogenClass, result.MeetsTarget));
    }

    [Fact]
    public void Evaluate_SampleOfAnotherSection_Throws() =>
        Assert.Throws<ArgumentException>(() => SectionPeriod.Evaluate(WuMaGang, [Sample("S2", "2022-01-10", (WaterItem.Nh3N, 0.1m))]));

    [Fact]
    public void ComplianceRate_SectionWithoutSamples_IsNamedAsNotEvaluated()
    {
        // S1: NH3-N 0.9 (Ⅲ) meets Ⅲ. S2: NH3-N 0.9 (Ⅲ) misses Ⅱ. S3: only a sample before the period.
        // S4: none at all. Rate = 1 meeting ÷ 2 evaluated = 0.5; S3 and S4 are named, not dropped.
        var samples = new[]
        {
            Sample("S1", "2022-04-01", (WaterItem.Nh3N, 0.9m)),
            Sample("S2", "2022-06-30", (WaterItem.Nh3N, 0.9m)),
            Sample("S3", "2022-03-31", (WaterItem.Tp, 0.01m)),
            Sample("S9", "2022-05-01", (WaterItem.Nh3N, 5m)),
        };

        var rate = ComplianceRate.Of([WuMaGang, Upstream, Reservoir, Silent], samples, new DateOnly(2022, 4, 1), new DateOnly(2022, 6, 30));

        Assert.Equal((2, 1, (decimal?)0.5m), (rate.Evaluated, rate.Meeting, rate.Rate));
        Assert.Equal([Upstream], rate.NotMeeting);
        Assert.Equal([Reservoir, Silent], rate.NotEvaluated);
        Assert.Equal(4, rate.Sections.Count);
    }

    [Fact]
    public void ComplianceRate_AllMeeting_IsOne()
    {
        var samples = new[] { Sample("S1", "2022-01-01", (WaterItem.Nh3N, 1.0m)), Sample("S2", "2022-12-31", (WaterItem.Nh3N, 0.5m)) };

        var rate = ComplianceRate.Of([WuMaGang, Upstream], samples, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31));

        Assert.Equal((decimal?)1m, rate.Rate);
        Assert.Empty(rate.NotMeeting);
    }

    [Fact]
    public void ComplianceRate_NothingEvaluated_HasNoRate()
    {
        var rate = ComplianceRate.Of([WuMaGang], [], new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31));

        Assert.Null(rate.Rate);
        Assert.Equal([WuMaGang], rate.NotEvaluated);
    }
}
