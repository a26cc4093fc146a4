using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Schema;
using Luoshi.Storage.Schema.Configurations;

namespace Luoshi.Storage.Plans;

/// <summary>Stores a new plan. Targets go in a second save of the same transaction: their plan_id (for the unique
/// code within the plan) is known only once the plan row has its id.</summary>
internal static class PlanCreation
{
    public static async Task<PlanImportResult> RunAsync(LedgerDbContext db, StoreSession session, Plan plan, CancellationToken ct)
    {
        var targets = plan.Tasks.Select(t => t.Targets).ToArray();
        // Ids of the caller's objects (a plan read from another ledger) mean nothing here.
        plan.Id = 0;
        plan.Sections.ForEach(s => s.Id = 0);
        foreach (var task in plan.Tasks)
        {
            task.Id = 0;
            task.Targets = [];
        }

        try
        {
            db.Plans.Add(plan);
            Number(db, plan.Sections);
            Number(db, plan.Tasks);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            for (var i = 0; i < plan.Tasks.Count; i++)
            {
                plan.Tasks[i].Targets = targets[i];
            }
        }

        foreach (var task in plan.Tasks)
        {
            AddTargets(db, plan.Id, task, task.Targets);
        }

        AuditLog.Add(db, session, "plan.create", AuditEntities.Plan, PlanKey.Of(plan), null, PlanSnapshot.Of(plan));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new PlanImportResult(PlanImportOutcome.Created, plan.Id, Catalogue.Ledger.PlanStored(plan.Region, plan.Year, plan.Tasks.Count, targets.Sum(t => t.Count)));
    }

    /// <summary>Adds <paramref name="targets"/> to <paramref name="task"/> (already saved) in report order.</summary>
    public static void AddTargets(LedgerDbContext db, int planId, PlanTask task, IEnumerable<Target> targets)
    {
        var ordinal = 0;
        foreach (var target in targets)
        {
            target.Id = 0;
            target.TaskId = task.Id;
            var entry = db.Targets.Add(target);
            entry.Property(TargetConfiguration.PlanId).CurrentValue = planId;
            entry.Property(ReportOrder.Column).CurrentValue = ordinal++;
        }
    }

    private static void Number<T>(LedgerDbContext db, IEnumerable<T> items)
        where T : class
    {
        // Entry() with automatic change detection costs more the more entities are tracked, so numbering grew with the
        // square of the tasks (8,000: 24 s; 27,778: five minutes); the items are freshly added, nothing needs detecting.
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var ordinal = 0;
            foreach (var item in items)
            {
                db.Entry(item).Property(ReportOrder.Column).CurrentValue = ordinal++;
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }
}
