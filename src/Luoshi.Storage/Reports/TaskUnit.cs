using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Schema;
using Luoshi.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Reports;

/// <summary>The task a unit writes on for a period, checked: the plan and task exist, the period is one of the plan's
/// and the unit leads or supports the task; <see cref="Role"/> says which (<see cref="UnitRoles"/>).</summary>
internal sealed record TaskUnit(PlanTask Task, string Unit, UnitRole Role, string? Lead, int Year, ReportingCadence Cadence)
{
    /// <summary>The plan's reporting calendar, to name periods in messages.</summary>
    public ReportingCalendar Calendar => new(Year, Cadence);

    public static async Task<(TaskUnit? Found, Problem? Error)> FindAsync(
        LedgerDbContext db, int planId, string taskCode, int period, string unitName, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new { p.Region, p.Year, p.Cadence }).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        if (plan is null)
        {
            return (null, Catalogue.Ledger.NoPlan(planId) with { Place = Place.OfField("plan") });
        }

        var task = await db.Tasks.AsNoTracking().Include(t => t.Targets)
            .SingleOrDefaultAsync(t => t.PlanId == planId && t.Code == taskCode, ct).ConfigureAwait(false);
        if (task is null)
        {
            return (null, Catalogue.Ledger.NoTask(plan.Region, plan.Year, taskCode) with { Place = Place.OfField("task"), Kind = ProblemKind.Invalid });
        }

        var periods = plan.Cadence.PeriodsPerYear;
        if (period < 1 || period > periods)
        {
            return (null, new Problem(Catalogue.Reports.PeriodOutside(period, new ReportingCalendar(plan.Year, plan.Cadence)), Place.OfField("period")));
        }

        var names = new UnitNames(await db.Units.AsNoTracking().ToListAsync(ct).ConfigureAwait(false));
        var unit = names.Find(unitName) ?? unitName.Trim();
        var role = UnitRoles.Of(task, unit, n => names.Find(n) ?? n);
        return role == UnitRole.None
            ? (null, new Problem(Catalogue.Reports.NotUnitOfTask(unitName, task.Code), Place.OfField("unit")))
            : (new TaskUnit(task, unit, role, task.LeadUnit is { } lead ? names.Find(lead) ?? lead : null, plan.Year, plan.Cadence), null);
    }
}
