using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Plans;

/// <summary>Changes a plan's reporting cadence or status thresholds, checked against the reports already in and audited.</summary>
internal static class PlanUpdate
{
    private sealed record Snapshot(string Frequency, int? DueDay, decimal Yellow, decimal Red, decimal AboutTolerance);

    public static Task<StoreResult> RunAsync(StoreSession session, int planId, PlanChange change, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == planId, token).ConfigureAwait(false);
                if (plan is null)
                {
                    return StoreResult.Fail(Catalogue.Ledger.NoPlan(planId));
                }

                if (await CheckAsync(db, plan.Id, change, token).ConfigureAwait(false) is { } error)
                {
                    return StoreResult.Fail(error);
                }

                var before = Of(plan);
                plan.Cadence = change.Cadence ?? plan.Cadence;
                plan.Thresholds = change.Thresholds ?? plan.Thresholds;
                AuditLog.Add(db, session, "plan.update", AuditEntities.Plan, PlanKey.Of(plan), before, Of(plan));
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            result => result.Succeeded,
            ct);

    private static Snapshot Of(Domain.Plans.Plan p) =>
        new(p.Cadence.Frequency.ToString(), p.Cadence.DueDay, p.Thresholds.Yellow, p.Thresholds.Red, p.Thresholds.AboutTolerance);

    // Reports are filed by period number: a plan with reports cannot change how its year is cut into periods.
    private static async Task<Problem?> CheckAsync(Schema.LedgerDbContext db, int planId, PlanChange change, CancellationToken ct)
    {
        if (change.Cadence is { DueDay: < 1 or > 31 })
        {
            return new Problem(Catalogue.Ledger.DueDay, Place.OfField("due day"));
        }

        if (change.Thresholds is { } t && !(t.Red > 0 && t.Red <= t.Yellow && t.AboutTolerance >= 0))
        {
            return new Problem(Catalogue.Ledger.Thresholds, Place.OfField("thresholds"));
        }

        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == planId, ct).ConfigureAwait(false);
        if (change.Cadence is { } cadence && cadence.Frequency != plan.Cadence.Frequency
            && await db.Reports.AnyAsync(r => db.Tasks.Any(t => t.Id == r.TaskId && t.PlanId == planId), ct).ConfigureAwait(false))
        {
            return new Problem(Catalogue.Ledger.FrequencyFixed(plan.Cadence.Frequency), Place.OfField("frequency"), ProblemKind.Conflict);
        }

        return null;
    }
}
