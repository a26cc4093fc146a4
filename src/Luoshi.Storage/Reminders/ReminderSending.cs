using System.Globalization;
using Luoshi.Domain.Access;
using Luoshi.Domain.Units;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Reminders;

/// <summary>Records a reminder (催办) to a unit about a task's report for one period of the plan's calendar.</summary>
internal static class ReminderSending
{
    public static Task<StoreResult<Reminder>> RunAsync(
        StoreSession session, int planId, string taskCode, int period, string unit, string? note, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var (name, error) = await CheckAsync(db, planId, taskCode, period, unit, token).ConfigureAwait(false);
                if (error is not null)
                {
                    return StoreResults.Fail<Reminder>(error);
                }

                var reminder = new Reminder
                {
                    PlanId = planId,
                    TaskCode = taskCode,
                    Period = period,
                    Unit = name!,
                    Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
                    By = session.Actor,
                    At = session.Now,
                };
                db.Reminders.Add(reminder);
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                AuditLog.Add(db, session, "reminder.create", AuditEntities.Reminder,
                    reminder.Id.ToString(CultureInfo.InvariantCulture), null, reminder);
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResults.Ok(reminder);
            },
            result => result.Succeeded,
            ct);

    /// <summary>The unit's full name, or what is wrong: the plan, the task, the period or the unit.</summary>
    private static async Task<(string? Unit, Problem? Error)> CheckAsync(
        LedgerDbContext db, int planId, string taskCode, int period, string unit, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct).ConfigureAwait(false);
        if (plan is null)
        {
            return (null, Catalogue.Ledger.NoPlan(planId) with { Place = Place.OfField("plan") });
        }

        if (!await db.Tasks.AnyAsync(t => t.PlanId == planId && t.Code == taskCode, ct).ConfigureAwait(false))
        {
            return (null, Catalogue.Ledger.NoTask(plan.Region, plan.Year, taskCode) with { Place = Place.OfField("task"), Kind = ProblemKind.Invalid });
        }

        var periods = plan.Cadence.PeriodsPerYear;
        if (period < 1 || period > periods)
        {
            return (null, new Problem(Catalogue.Reports.PeriodRange(new Domain.Periods.ReportingCalendar(plan.Year, plan.Cadence), period), Place.OfField("period")));
        }

        var names = new UnitNames(await db.Units.AsNoTracking().ToListAsync(ct).ConfigureAwait(false));
        return names.Find(unit ?? "") is { } name ? (name, null)
            : (null, new Problem(Catalogue.Ledger.UnknownUnit(unit ?? ""), Place.OfField("unit")));
    }
}
