using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Schema;
using Luoshi.Storage.Units;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Reports;

/// <summary>The task a draft reports on, checked: the plan and task exist, the period is one of the plan's, the
/// targets are the task's and the unit leads or supports it.</summary>
internal sealed record ReportTarget(PlanTask Task, string Unit, Dictionary<string, int> TargetIds)
{
    public static async Task<(ReportTarget? Target, Problem? Error)> CheckAsync(LedgerDbContext db, ReportDraft draft, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == draft.PlanId)
            .Select(p => new { p.Region, p.Year, p.Cadence }).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        if (plan is null)
        {
            return (null, Catalogue.Ledger.NoPlan(draft.PlanId) with { Place = Place.OfField("plan") });
        }

        var task = await db.Tasks.AsNoTracking().Include(t => t.Targets)
            .SingleOrDefaultAsync(t => t.PlanId == draft.PlanId && t.Code == draft.TaskCode, ct).ConfigureAwait(false);
        if (task is null)
        {
            return (null, Catalogue.Ledger.NoTask(plan.Region, plan.Year, draft.TaskCode) with { Place = Place.OfField("task"), Kind = ProblemKind.Invalid });
        }

        var periods = plan.Cadence.PeriodsPerYear;
        if (draft.Period < 1 || draft.Period > periods)
        {
            return (null, new Problem(Catalogue.Reports.PeriodOutside(draft.Period, periods, Catalogue.Periods.Frequency(plan.Cadence.Frequency)), Place.OfField("period")));
        }

        var names = new UnitNames(await db.Units.AsNoTracking().ToListAsync(ct).ConfigureAwait(false));
        var unit = names.Find(draft.Unit) ?? draft.Unit.Trim();
        // The task may still carry the parser's names (人社局) for its units: compare full names on both sides.
        if (!new[] { task.LeadUnit }.Concat(task.SupportingUnits).OfType<string>().Any(n => (names.Find(n) ?? n) == unit))
        {
            return (null, new Problem(Catalogue.Reports.NotUnitOfTask(draft.Unit, task.Code), Place.OfField("unit")));
        }

        var ids = task.Targets.ToDictionary(t => t.Code, t => t.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in draft.Values)
        {
            if (!ids.ContainsKey(value.TargetCode))
            {
                return (null, new Problem(Catalogue.Reports.TargetNotOfTask(value.TargetCode, task.Code, ids.Keys), Place.OfField("values")));
            }

            if (!seen.Add(value.TargetCode))
            {
                return (null, new Problem(Catalogue.Reports.TargetTwice(value.TargetCode), Place.OfField("values")));
            }
        }

        return (new ReportTarget(task, unit, ids), null);
    }
}
