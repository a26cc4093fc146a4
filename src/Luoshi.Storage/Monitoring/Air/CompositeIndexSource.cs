using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Reading;
using Luoshi.Indicators.Air.Annual;
using Luoshi.Monitoring.Notes;
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
        return Task.FromResult(new IndicatorSeries(values, CompositeIndexNotes.Of(air.Span, figures)));
    }

    private static IReadOnlyList<AnnualFigure> Figures(AnnualSeries series, DateOnly to) =>
        [.. CompositeIndex.Statistics.Select(s => AnnualAssessment.Of(series, s, to, CompositeIndex.RankingLimits, AreaClass.Two))];
}
