using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Reading;
using Luoshi.Storage.Indicators;
using Luoshi.Storage.Plans;
using Luoshi.Storage.Reading.Facts;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Reading;

/// <summary>Gathers the facts of one plan or of all plans — the plans, their task_facts rows (periods, reports and
/// values sent), computed series and, when asked, narratives — in a few plain queries, and reads them as of a day.
/// The one way the ledger is read for an output: <see cref="PlanReading"/> does the rest.</summary>
internal static class PlanFactsQuery
{
    public static async Task<IReadOnlyList<PlanReading>> ReadAsync(
        LedgerDbContext db, int? planId, DateOnly asOf, ReadingParts parts, CancellationToken ct)
    {
        var plans = planId is { } id
            ? await PlanQueries.LoadAsync(db, id, tracking: false, ct).ConfigureAwait(false) is { } one ? [one] : []
            : await PlanQueries.LoadAllAsync(db, ct).ConfigureAwait(false);
        var sent = await TaskFactsRead.ReadAsync(db, planId, ct).ConfigureAwait(false);
        var lifecycles = await Lifecycle.LifecycleFacts.ReadAsync(db, planId, ct).ConfigureAwait(false);
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
                        : ReportedFacts(sent.Values.GetValueOrDefault(target.Id), sent.Periods.GetValueOrDefault(task.Id));
                }
            }

            var said = parts.HasFlag(ReadingParts.Narratives) ? await NarrativeQuery.ReadAsync(db, plan.Id, ct).ConfigureAwait(false) : null;
            readings.Add(PlanReading.Of(plan, new PlanFacts(targets, sent.Reports, said, lifecycles), asOf));
        }

        return readings;
    }

    private static TargetFacts ReportedFacts(TargetValues? values, PeriodSet reported) =>
        values is null ? new TargetFacts([], [], reported) : new TargetFacts([.. values.Approved], [.. values.Pending], reported);

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
