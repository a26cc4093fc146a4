using Luoshi.Domain.Plans;
using Luoshi.Domain.Units;
using Luoshi.Storage.Plans;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Reports;

/// <summary>The task a draft reports on, checked: the plan and task exist, the period is one of the plan's, the
/// targets are the task's and the unit leads or supports it.</summary>
internal sealed record ReportTarget(PlanTask Task, string Unit, Dictionary<string, int> TargetIds)
{
    public static async Task<(ReportTarget? Target, StoreError? Error)> CheckAsync(LedgerDbContext db, ReportDraft draft, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == draft.PlanId)
            .Select(p => new { p.Region, p.Year, p.Cadence }).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        if (plan is null)
        {
            return (null, new(PlanLookup.MissingPlan(draft.PlanId)));
        }

        var task = await db.Tasks.AsNoTracking().Include(t => t.Targets)
            .SingleOrDefaultAsync(t => t.PlanId == draft.PlanId && t.Code == draft.TaskCode, ct).ConfigureAwait(false);
        if (task is null)
        {
            return (null, new($"the plan of {plan.Region} {plan.Year} has no task {draft.TaskCode}"));
        }

        var periods = plan.Cadence.PeriodsPerYear;
        if (draft.Period < 1 || draft.Period > periods)
        {
            return (null, new($"period {draft.Period} is not one of the plan's: expected 1 to {periods} ({plan.Cadence.Frequency.ToString().ToLowerInvariant()})"));
        }

        var names = new UnitNames(await db.Units.AsNoTracking().ToListAsync(ct).ConfigureAwait(false));
        var unit = names.Find(draft.Unit) ?? draft.Unit.Trim();
        // The task may still carry the parser's names (人社局) for its units: compare full names on both sides.
        if (!new[] { task.LeadUnit }.Concat(task.SupportingUnits).OfType<string>().Any(n => (names.Find(n) ?? n) == unit))
        {
            return (null, new($"{draft.Unit} is neither the lead nor a supporting unit of task {task.Code}"));
        }

        var ids = task.Targets.ToDictionary(t => t.Code, t => t.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in draft.Values)
        {
            if (!ids.ContainsKey(value.TargetCode))
            {
                return (null, new($"target {value.TargetCode} does not belong to task {task.Code} (its targets: {string.Join(", ", ids.Keys)})"));
            }

            if (!seen.Add(value.TargetCode))
            {
                return (null, new($"target {value.TargetCode} is given twice; a report has one value per target"));
            }
        }

        return DraftRules.Check(draft, task, plan.Year) is { } problem ? (null, problem) : (new ReportTarget(task, unit, ids), null);
    }
}
