using Luoshi.Domain.Periods;
using Luoshi.Domain.Wording;
using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Annual;
using Luoshi.Indicators.Air.Daily;
using Luoshi.Storage.Monitoring.Air;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Monitoring.Views;

/// <summary>Reads <see cref="AirComparison"/> over the same days and by the same rules as the indicators and the AQI
/// calendar (1 January to the day before the as-of day).</summary>
internal static class AirComparisonView
{
    public static async Task<StoreResult<AirComparison>> ReadAsync(
        LedgerDbContext db, string scope, int year, DateOnly asOf, int? planId, CancellationToken ct)
    {
        var (stations, problem) = await AirScope.ResolveAsync(db, scope, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return StoreResults.Fail<AirComparison>(problem.Value, Place.OfField("scope"));
        }

        var (from, to) = MeasuredDays.Of(year, asOf);
        var days = to < from ? [] : await AirDayRead.ReadAsync(db, [.. stations.Select(s => s.Id)], from, to, ct).ConfigureAwait(false);
        var comparison = AirYear.ComparisonOf(days, from, to);
        var series = new AnnualSeries();
        foreach (var day in days.Values)
        {
            series.Add(day);
        }

        var areaClass = await AirSettings.AreaClassOfAsync(db, scope, ct).ConfigureAwait(false);
        var last = to < from ? from : to;
        var annual = AnnualAssessment.Of(series, last, areaClass);
        var phase = Gb3095Phases.InForceOn(last);
        var ranking = CompositeIndex.Statistics.Select(s => AnnualAssessment.Of(series, s, last, CompositeIndex.RankingLimits, AreaClass.Two)).ToList();
        var goal = await GoalAsync(db, planId, ct).ConfigureAwait(false);
        return StoreResults.Ok(new AirComparison(
            scope, year, to, AirStandards.SpansOf(from, to),
            AirShareLine.Of(comparison.InForce), AirShareLine.Of(comparison.Under(AirStandard.Hj633Of2012)), AirShareLine.Of(comparison.Under(AirStandard.Hj633Of2026)),
            areaClass, annual, CompositeIndex.Of(ranking),
            phase == CompositeIndex.RankingLimits ? null : CompositeIndex.Of(ranking, phase),
            goal?.Standard, goal?.Set ?? false));
    }

    private static async Task<(AirStandard Standard, bool Set)?> GoalAsync(LedgerDbContext db, int? planId, CancellationToken ct)
    {
        if (planId is not { } id || await db.Plans.AsNoTracking().Where(p => p.Id == id).Select(p => (int?)p.Year).SingleOrDefaultAsync(ct).ConfigureAwait(false) is not { } year)
        {
            return null;
        }

        return await AirSettings.GoalStandardOfAsync(db, id, year, ct).ConfigureAwait(false);
    }
}
