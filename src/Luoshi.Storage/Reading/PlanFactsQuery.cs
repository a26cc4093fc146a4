using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Reading;
using Luoshi.Storage.Indicators;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Reading;

/// <summary>Gathers the facts of one plan or of all plans — the plans, their task_facts rows (periods, reports and
/// values sent), computed series and, when asked, narratives — in a few plain queries, and reads them as of a day.
/// The one way the ledger is read for an output: <see cref="PlanReading"/> does the rest.</summary>
internal static class PlanFactsQuery
{
    /// <summary>The plans as of <paramref name="asOf"/>; <paramref name="cache"/> keeps what did not change since the
    /// last read (a ledger passes its own; without one everything is read afresh).</summary>
    public static async Task<IReadOnlyList<PlanReading>> ReadAsync(
        LedgerDbContext db, int? planId, DateOnly asOf, ReadingParts parts, CancellationToken ct, ReadingCache? cache = null)
    {
        cache ??= new ReadingCache();
        var plans = await cache.PlansAsync(db, planId, ct).ConfigureAwait(false);
        var sent = await cache.SentAsync(db, planId, ct).ConfigureAwait(false);
        var lifecycles = await Lifecycle.LifecycleFacts.ReadAsync(db, planId, ct).ConfigureAwait(false);
        var computed = new Dictionary<(string, int, ReportingCadence), IndicatorSeries>();
        var gathered = new List<(Plan Plan, PlanFacts Facts)>(plans.Count);
        foreach (var plan in plans)
        {
            var calendar = new ReportingCalendar(plan.Year, plan.Cadence);
            var targets = new Dictionary<int, TargetFacts>();
            var reports = new Dictionary<int, IReadOnlyList<SentReport>>();
            foreach (var task in plan.Tasks)
            {
                var taskSent = sent.GetValueOrDefault(task.Id);
                if (taskSent is not null)
                {
                    reports[task.Id] = taskSent.Reports;
                }

                foreach (var target in task.Targets)
                {
                    targets[target.Id] = target.Binding is { } binding
                        ? await ComputedFactsAsync(db, binding, target, calendar, asOf, computed, ct).ConfigureAwait(false)
                        : taskSent?.Of(target.Id) ?? TargetFacts.None;
                }
            }

            var said = parts.HasFlag(ReadingParts.Narratives) ? await NarrativeQuery.ReadAsync(db, plan.Id, ct).ConfigureAwait(false) : null;
            gathered.Add((plan, new PlanFacts(targets, reports, said, lifecycles)));
        }

        // The rules are pure and each plan's reading stands alone: several plans are read on every core.
        var readings = new PlanReading[gathered.Count];
        Parallel.For(0, gathered.Count, i => readings[i] = cache.Read(gathered[i].Plan, gathered[i].Facts, asOf, parts));
        return readings;
    }

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
