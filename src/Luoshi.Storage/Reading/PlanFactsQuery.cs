using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Reading;
using Luoshi.Storage.Indicators;
using Luoshi.Storage.Plans;
using Luoshi.Storage.Reports;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Reading;

/// <summary>Gathers the facts of one plan or of all plans — plans, sent values, sent periods, report summaries,
/// computed series and, when asked, narratives — in a few plain queries, and reads them as of a day. The one way the
/// ledger is read for an output: <see cref="PlanReading"/> does the rest.</summary>
internal static class PlanFactsQuery
{
    public static async Task<IReadOnlyList<PlanReading>> ReadAsync(
        StoreSession session, LedgerDbContext db, int? planId, DateOnly asOf, bool narratives, CancellationToken ct)
    {
        // The values are most of the rows: they are read on a second connection while this one reads the plans and
        // reports, so a province's ledger takes the time of its largest query, not of all of them. Each read is
        // consistent in itself; a report approved between them shows in the next reading.
        var values = Task.Run(async () =>
        {
            await using var valuesDb = session.NewContext();
            return await TargetValues.ReadAsync(valuesDb, planId, ct).ConfigureAwait(false);
        }, ct);
        var plans = planId is { } id
            ? await PlanQueries.LoadAsync(db, id, tracking: false, ct).ConfigureAwait(false) is { } one ? [one] : []
            : await PlanQueries.LoadAllAsync(db, ct).ConfigureAwait(false);
        var reported = await ReportedPeriods.ReadAsync(db, planId, ct).ConfigureAwait(false);
        var reports = await ReportQueries.ListAllAsync(db, planId, ct).ConfigureAwait(false);
        var sent = await values.ConfigureAwait(false);
        var computed = new Dictionary<(string, int, ReportingCadence), IndicatorSeries>();
        var readings = new List<PlanReading>(plans.Count);
        foreach (var plan in plans)
        {
            var calendar = new ReportingCalendar(plan.Year, plan.Cadence);
            var targets = new Dictionary<int, TargetFacts>();
            foreach (var task in plan.Tasks)
            {
                foreach (var target in task.Targets)
                {
                    targets[target.Id] = target.Binding is { } binding
                        ? await ComputedFactsAsync(db, binding, target, calendar, asOf, computed, ct).ConfigureAwait(false)
                        : ReportedFacts(sent.GetValueOrDefault(target.Id), reported.GetValueOrDefault(task.Id));
                }
            }

            var said = narratives ? await NarrativeQuery.ReadAsync(db, plan.Id, ct).ConfigureAwait(false) : null;
            var summaries = reports.GetValueOrDefault(plan.Id) ?? [];
            readings.Add(PlanReading.Of(plan, new PlanFacts(targets, summaries, said), asOf));
        }

        return readings;
    }

    private static TargetFacts ReportedFacts(TargetValues.Found? found, PeriodSet reported) =>
        found is null ? new TargetFacts([], [], reported) : new TargetFacts([.. found.Approved], [.. found.Pending], reported);

    // A bound target reads its values from the data, not from reports: units' reports of it do not count, and it is
    // never "not reported".
    private static async Task<TargetFacts> ComputedFactsAsync(
        LedgerDbContext db, IndicatorBinding binding, Target target, ReportingCalendar calendar, DateOnly asOf,
        Dictionary<(string, int, ReportingCadence), IndicatorSeries> cache, CancellationToken ct)
    {
        var series = await ComputedValues.ReadAsync(db, binding, calendar, asOf, cache, ct).ConfigureAwait(false);
        var nature = IndicatorSources.Find(binding.Indicator)?.Info.Nature;
        var goal = Domain.Evaluation.TargetGoal.Of(target);
        var note = series.GoalNote?.Invoke(goal) is { } extra ? series.Note.Then(extra) : series.Note;
        return new TargetFacts([.. series.Values], [], ComputedValues.AllPeriods(calendar), FigureSource.Computed, nature, note);
    }
}
