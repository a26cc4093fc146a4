using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Plans;
using Luoshi.Storage.Units;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Assignments;

/// <summary>Gives a task its lead and supporting units, leader and deadline, confirming them (no longer a suggestion).
/// Units are given by name or alias and stored by the name the ledger shows.</summary>
internal static class TaskAssignment
{
    public static Task<StoreResult> RunAsync(StoreSession session, int planId, string taskCode, Assignment change, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var task = await db.Tasks.SingleOrDefaultAsync(t => t.PlanId == planId && t.Code == taskCode, token).ConfigureAwait(false);
                if (task is null)
                {
                    return StoreResult.Fail(await PlanLookup.MissingTaskAsync(db, planId, taskCode, token).ConfigureAwait(false));
                }

                var names = new UnitNames(await db.Units.AsNoTracking().ToListAsync(token).ConfigureAwait(false));
                var wanted = new[] { change.LeadUnit }.Concat(change.SupportingUnits ?? []).OfType<string>();
                if (wanted.FirstOrDefault(n => names.Find(n) is null) is { } unknown)
                {
                    return StoreResult.Fail(Catalogue.Ledger.UnknownUnit(unknown), Place.OfField("unit"));
                }

                var before = AssignmentSnapshot.Of(task);
                task.LeadUnit = change.LeadUnit is null ? task.LeadUnit : names.Find(change.LeadUnit);
                task.SupportingUnits = change.SupportingUnits is null ? task.SupportingUnits : [.. change.SupportingUnits.Select(n => names.Find(n)!).Distinct()];
                task.Leader = change.Leader ?? task.Leader;
                task.Deadline = change.Deadline ?? task.Deadline;
                task.UnitsSuggested = false;
                AuditLog.Add(db, session, "task.assign", AuditEntities.Task, PlanKey.OfTask(planId, taskCode), before, AssignmentSnapshot.Of(task));
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            result => result.Succeeded,
            ct);
}
