using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Plans;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Lifecycle;

/// <summary>The one place every lifecycle step of a task goes through: it finds the task, asks the domain's rules
/// whether this actor may take this step in the task's stage, lets the step do its part, moves the stage on, and
/// records the change (before and after) in the audit trail — all in one transaction, nothing left by a refusal.</summary>
internal static class LifecycleWrite
{
    public static Task<StoreResult> RunAsync(
        StoreSession session, int planId, string taskCode, LifecycleActor actor, LifecycleStep step,
        Func<LifecycleContext, CancellationToken, Task<Problem?>> apply, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var task = await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.PlanId == planId && t.Code == taskCode, token).ConfigureAwait(false);
                if (task is null)
                {
                    return Refuse.With(new Problem(Catalogue.Lifecycle.NoSuchTask(taskCode), Place.OfField("task"), ProblemKind.NotFound));
                }

                var row = await db.TaskLifecycles.SingleOrDefaultAsync(r => r.TaskId == task.Id, token).ConfigureAwait(false);
                var stage = row?.Stage ?? TaskStage.Unassigned;
                if (LifecycleRules.Refusal(TaskRoles.Of(actor.Role, actor.Unit, task), step, stage) is { } refusal)
                {
                    return Refuse.With(refusal);
                }

                var context = new LifecycleContext(db, session, task, row);
                var before = row is null ? null : await LifecycleSnapshot.OfAsync(db, row, token).ConfigureAwait(false);
                if (await apply(context, token).ConfigureAwait(false) is { } problem)
                {
                    return Refuse.With(problem);
                }

                context.Row!.Stage = LifecycleRules.After(step, stage);
                context.Row.Version++;
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                AuditLog.Add(db, session, "lifecycle." + LifecycleNames.Of(step), AuditEntities.Task, PlanKey.OfTask(planId, taskCode),
                    before, await LifecycleSnapshot.OfAsync(db, context.Row, token).ConfigureAwait(false));
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            result => result.Succeeded,
            ct);
}
