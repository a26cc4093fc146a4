using System.Runtime.InteropServices;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Storage.Indicators;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Evaluation;

/// <summary>Evaluates the targets of one plan or all plans as of a date: four plain queries (plans, targets, reported
/// periods, approved values), then <see cref="TargetEvaluator"/> per target in memory.</summary>
internal static class PlanEvaluation
{
    public static async Task<IReadOnlyList<TargetStatusRow>> RunAsync(
        StoreSession session, LedgerDbContext db, int? planId, DateOnly asOf, string? unit, CancellationToken ct)
    {
        // The approved values are most of the rows: they are read on a second connection while this one reads the
        // plans, targets and reports, so a province's ledger takes the time of its largest query, not of all four.
        // Each read is consistent in itself; a report approved between them shows in the next evaluation.
        var approvedValues = Task.Run(async () =>
        {
            await using var valuesDb = session.NewContext();
            return await ApprovedValues.ReadAsync(valuesDb, planId, ct).ConfigureAwait(false);
        }, ct);
        var plans = await db.Plans.AsNoTracking().Where(p => planId == null || p.Id == planId)
            .Select(p => new { p.Id, p.Region, p.Year, p.Cadence, p.Thresholds }).ToListAsync(ct).ConfigureAwait(false);
        var targets = await (
            from g in db.Targets.AsNoTracking()
            join t in db.Tasks on g.TaskId equals t.Id
            where (planId == null || t.PlanId == planId) && (unit == null || t.LeadUnit == unit)
            orderby t.PlanId, EF.Property<int>(t, ReportOrder.Column), EF.Property<int>(g, ReportOrder.Column)
            select new { t.PlanId, t.SectionCode, TaskCode = t.Code, t.LeadUnit, Target = g }).ToListAsync(ct).ConfigureAwait(false);
        var reported = await ReportedPeriods.ReadAsync(db, planId, ct).ConfigureAwait(false);
        var approved = await approvedValues.ConfigureAwait(false);

        var byPlan = plans.ToDictionary(p => p.Id, p => (Plan: p, Calendar: new ReportingCalendar(p.Year, p.Cadence)));
        var computed = new Dictionary<(string, int, ReportingCadence), IndicatorSeries>();
        var rows = new List<TargetStatusRow>(targets.Count);
        foreach (var x in targets)
        {
            var (plan, calendar) = byPlan[x.PlanId];
            var goal = TargetGoal.Of(x.Target);
            ComputedReading? reading = null;
            TargetEvaluation evaluation;
            if (x.Target.Binding is { } binding)
            {
                // A bound target reads its values from the data, not from reports: units' reports of it do not count.
                var series = await ComputedValues.ReadAsync(db, binding, calendar, asOf, computed, ct).ConfigureAwait(false);
                reading = new ComputedReading(binding, series.Note, series.NoteZh);
                evaluation = TargetEvaluator.Evaluate(
                    goal, calendar, [.. series.Values], ComputedValues.AllPeriods(calendar), asOf, plan.Thresholds);
            }
            else
            {
                var observations = approved.TryGetValue(x.Target.Id, out var list) ? CollectionsMarshal.AsSpan(list) : [];
                evaluation = TargetEvaluator.Evaluate(
                    goal, calendar, observations, reported.GetValueOrDefault(x.Target.TaskId), asOf, plan.Thresholds);
            }

            rows.Add(new TargetStatusRow(plan.Id, plan.Region, plan.Year, x.SectionCode, x.TaskCode, x.Target.Code,
                x.Target.Subject, x.LeadUnit, x.Target.Measure, x.Target.Unit, goal.Value, evaluation, goal.Comparator, goal.Upper,
                reading));
        }

        return rows;
    }
}
