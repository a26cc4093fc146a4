using System.Text.Json;
using Luoshi.Domain.Access;
using Luoshi.Domain.Assessment;
using Luoshi.Domain.Closing;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Closing.Schema;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Plans;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Closing;

/// <summary>开启年底交账 and the office's tolerances: the plan-wide steps of the closing, each one audited write.</summary>
internal static class ClosingOpen
{
    public static Task<StoreResult> RunAsync(StoreSession session, int planId, LifecycleActor actor, ClosingTolerances tolerances, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, token).ConfigureAwait(false);
                if (plan is null)
                {
                    return StoreResult.Fail(Catalogue.Ledger.NoPlan(planId));
                }

                if ((Refusal(actor, ClosingStep.Open) ?? Invalid(tolerances)) is { } refused)
                {
                    return StoreResult.Fail(refused);
                }

                // The closing is opened in the year's last month at the earliest (年底).
                var from = new DateOnly(plan.Year, 12, 1);
                if (session.Today < from)
                {
                    return StoreResult.Fail(new Problem(Catalogue.Closing.YearNotOver(plan.Year, from), Kind: ProblemKind.Conflict));
                }

                if (await db.PlanClosings.AnyAsync(c => c.PlanId == planId, token).ConfigureAwait(false))
                {
                    return StoreResult.Fail(new Problem(Catalogue.Closing.AlreadyOpen(plan.Year), Kind: ProblemKind.Conflict));
                }

                var row = new PlanClosingRow { PlanId = planId, OpenedOn = session.Today, OpenedBy = session.Actor, Tolerances = Json(tolerances) };
                db.PlanClosings.Add(row);
                AuditLog.Add(db, session, "closing.open", AuditEntities.Plan, PlanKey.Of(plan), null, new { row.OpenedOn, tolerances });
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            result => result.Succeeded,
            ct);

    public static Task<StoreResult> SetTolerancesAsync(StoreSession session, int planId, LifecycleActor actor, ClosingTolerances tolerances, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                if ((Refusal(actor, ClosingStep.Open) ?? Invalid(tolerances)) is { } refused)
                {
                    return StoreResult.Fail(refused);
                }

                var row = await db.PlanClosings.SingleOrDefaultAsync(c => c.PlanId == planId, token).ConfigureAwait(false);
                var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, token).ConfigureAwait(false);
                if (row is null || plan is null)
                {
                    return StoreResult.Fail(plan is null ? Catalogue.Ledger.NoPlan(planId) : new Problem(Catalogue.Closing.NotOpen(plan.Year), Kind: ProblemKind.Conflict));
                }

                var before = ClosingQuery.TolerancesOf(row);
                row.Tolerances = Json(tolerances);
                row.Version++;
                AuditLog.Add(db, session, "closing.tolerances", AuditEntities.Plan, PlanKey.Of(plan), before, tolerances);
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            result => result.Succeeded,
            ct);

    public static Task<StoreResult> SetSchemeAsync(StoreSession session, int planId, LifecycleActor actor, ScoringScheme scheme, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                if ((Refusal(actor, ClosingStep.Open) ?? (scheme.IsValid ? null : new Problem(Catalogue.Assessment.BadScheme, Place.OfField("scheme")))) is { } refused)
                {
                    return StoreResult.Fail(refused);
                }

                var row = await db.PlanClosings.SingleOrDefaultAsync(c => c.PlanId == planId, token).ConfigureAwait(false);
                var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, token).ConfigureAwait(false);
                if (row is null || plan is null)
                {
                    return StoreResult.Fail(plan is null ? Catalogue.Ledger.NoPlan(planId) : new Problem(Catalogue.Closing.NotOpen(plan.Year), Kind: ProblemKind.Conflict));
                }

                var before = SchemeOf(row);
                row.Scheme = JsonSerializer.Serialize(scheme, JsonColumn.Options);
                row.Version++;
                AuditLog.Add(db, session, "closing.scheme", AuditEntities.Plan, PlanKey.Of(plan), before, scheme);
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            result => result.Succeeded,
            ct);

    public static ScoringScheme SchemeOf(PlanClosingRow? row) =>
        row?.Scheme is { } json ? JsonSerializer.Deserialize<ScoringScheme>(json, JsonColumn.Options) ?? ScoringScheme.Default : ScoringScheme.Default;

    // Plan-wide steps are the office's: every unit's account depends on them.
    private static Problem? Refusal(LifecycleActor actor, ClosingStep step) =>
        actor.Role is AccountRole.Office or AccountRole.Administrator ? null
            : new Problem(actor.Role == AccountRole.Leader ? Catalogue.Closing.LeaderReadsOnly : Catalogue.Closing.OnlyRole(TaskRole.Office, step), Kind: ProblemKind.Forbidden);

    private static Problem? Invalid(ClosingTolerances tolerances) =>
        tolerances.IsValid ? null : new Problem(Catalogue.Closing.BadTolerances, Place.OfField("tolerances"));

    private static string Json(ClosingTolerances tolerances) => JsonSerializer.Serialize(tolerances, JsonColumn.Options);
}
