using Luoshi.Domain.Closing;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Plans;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Closing;

/// <summary>The one place every closing step on a task's account goes through: it finds the plan, its closing, the
/// task and the account, asks <see cref="ClosingRules"/> whether this actor may take this step in the account's state,
/// lets the step do its part, moves the state on and audits before and after — in one transaction; a refusal leaves
/// nothing.</summary>
internal static class ClosingWrite
{
    public static Task<StoreResult> RunAsync(
        StoreSession session, int planId, string taskCode, LifecycleActor actor, ClosingStep step,
        Func<ClosingContext, CancellationToken, Task<Problem?>> apply, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, token).ConfigureAwait(false);
                var task = plan is null ? null
                    : await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.PlanId == planId && t.Code == taskCode, token).ConfigureAwait(false);
                if (plan is null || task is null)
                {
                    return StoreResult.Fail(plan is null ? Catalogue.Ledger.NoPlan(planId)
                        : new Problem(Catalogue.Closing.NoSuchTask(taskCode), Place.OfField("task"), ProblemKind.NotFound));
                }

                var row = await db.ClosingAccounts.SingleOrDefaultAsync(a => a.TaskId == task.Id, token).ConfigureAwait(false);
                var state = row?.State ?? ClosingState.Pending;
                if (ClosingRules.Refusal(TaskRoles.Of(actor.Role, actor.Unit, task), step, state) is { } refusal)
                {
                    return StoreResult.Fail(refusal);
                }

                var closing = await db.PlanClosings.SingleOrDefaultAsync(c => c.PlanId == planId, token).ConfigureAwait(false);
                if (closing is null)
                {
                    return StoreResult.Fail(new Problem(Catalogue.Closing.NotOpen(plan.Year), Kind: ProblemKind.Conflict));
                }

                var context = new ClosingContext(db, session, plan, closing, task, row);
                var before = row is null ? null : await SnapshotAsync(context, row, token).ConfigureAwait(false);
                if (await apply(context, token).ConfigureAwait(false) is { } problem)
                {
                    return StoreResult.Fail(problem);
                }

                context.Row!.State = ClosingRules.After(step, state);
                context.Row.Version++;
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                AuditLog.Add(db, session, "closing." + step.ToString().ToLowerInvariant(), AuditEntities.Task, PlanKey.OfTask(planId, taskCode),
                    before, await SnapshotAsync(context, context.Row, token).ConfigureAwait(false));
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            result => result.Succeeded,
            ct);

    private static async Task<TaskAccount> SnapshotAsync(ClosingContext c, Schema.ClosingAccountRow row, CancellationToken ct)
    {
        var corrections = row.Id == 0 ? []
            : await c.Db.ClosingCorrections.AsNoTracking().Where(r => r.AccountId == row.Id).OrderBy(r => r.Id).ToListAsync(ct).ConfigureAwait(false);
        return ClosingQuery.AccountOf(row, c.Task.Code, corrections);
    }
}
