using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Reading;
using Luoshi.Domain.Wording;
using Luoshi.Indicators.Air.Annual;
using Luoshi.Storage.Indicators;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Monitoring.Air;

/// <summary><c>air.composite-index:城区</c>: 环境空气质量综合指数 as the national city ranking defines it, from 1 January to the
/// end of each period: Σ statistic ÷ class-2 limit over SO2, NO2, PM10, PM2.5 annual means, the CO 95th and the O3
/// 8-hour 90th percentiles, divided by the GB 3095-2012 class-2 limits the ranking regulation names (docs/air-quality.md);
/// a level (lower is better). The note gives each part and the index under the GB 3095-2026 limits in force.</summary>
internal sealed class CompositeIndexSource : AirIndicatorSource
{
    public const string Name = "air.composite-index";

    public override IndicatorInfo Info { get; } = new(Name, "环境空气质量综合指数", "ambient air quality composite index", "", ValueNature.Level,
        ScopeHelp, Keywords: ["综合指数", "空气质量综合指数"], DefaultScope: "城区");

    protected override Task<IndicatorSeries> ComputeAsync(LedgerDbContext db, AirYear air, ReportingCalendar calendar, CancellationToken ct)
    {
        var series = air.Series();
        var values = new List<Observation>();
        foreach (var (period, end) in air.PeriodEnds(calendar))
        {
            if (CompositeIndex.Of(Figures(series, end)) is { } index)
            {
                values.Add(new Observation(period, index));
            }
        }

        var figures = Figures(series, air.To);
        return Task.FromResult(new IndicatorSeries(values, Notes(air, figures)));
    }

    private static IReadOnlyList<AnnualFigure> Figures(AnnualSeries series, DateOnly to) =>
        [.. CompositeIndex.Statistics.Select(s => AnnualAssessment.Of(series, s, to, CompositeIndex.RankingLimits, AreaClass.Two))];

    private static Words Notes(AirYear air, IReadOnlyList<AnnualFigure> figures)
    {
        var index = CompositeIndex.Of(figures);
        var phase = Gb3095Phases.InForceOn(air.To);
        var other = phase == CompositeIndex.RankingLimits ? null : CompositeIndex.Of(figures, phase);
        var parts = string.Join(", ", figures.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"{AnnualStatistics.Name(f.Statistic)} {(f.Value is { } v ? $"{v:0.##}/{f.Limit:0.##}" : "none")}")));
        var partsZh = string.Join("，", figures.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"{AnnualStatistics.NameZh(f.Statistic)}{(f.Value is { } v ? $"{v:0.##}/{f.Limit:0.##}" : "无数据")}")));
        var text = index is { } i ? i.ToString("0.00", CultureInfo.InvariantCulture) : "not computed (a pollutant has no value)";
        var textZh = index is { } j ? j.ToString("0.00", CultureInfo.InvariantCulture) : "无法计算（有污染物无数据）";
        var en = string.Create(CultureInfo.InvariantCulture,
            $"{air.Scope} ({air.Stations.Count} station(s)), {air.From:yyyy-MM-dd} to {air.To:yyyy-MM-dd}: composite index so far {text}, "
            + $"Σ statistic ÷ GB 3095-2012 class-2 limit as the city ranking divides ({parts})")
            + (other is { } o ? string.Create(CultureInfo.InvariantCulture, $"; with the {Gb3095Phases.Name(phase)} (class 2): {o:0.00}") : "")
            + $"; statistics {AnnualNotes.Evaluation(air.To)}";
        var zh = string.Create(CultureInfo.InvariantCulture,
            $"{air.Scope}（{air.Stations.Count}个站点）{air.From:yyyy-MM-dd}至{air.To:yyyy-MM-dd}：综合指数（截至目前）{textZh}，"
            + $"按城市环境空气质量排名技术规定以GB 3095-2012二级限值为除数（{partsZh}）")
            + (other is { } p ? string.Create(CultureInfo.InvariantCulture, $"；按{Gb3095Phases.NameZh(phase)}（二级）为{p:0.00}") : "")
            + $"；统计依据{AnnualNotes.EvaluationZh(air.To)}";
        return new Words(zh, en);
    }
}
