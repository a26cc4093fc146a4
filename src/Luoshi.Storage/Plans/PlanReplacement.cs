using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Domain.Years;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Plans;

/// <summary>Updates a stored plan from a changed report in place, matching sections, tasks and targets by code, so
/// their ids, and the progress reports that refer to them, stay. Three saves in the caller's transaction: new tasks
/// need ids before targets can move to them, and vanished tasks go last so that no moved target is cascaded away.</summary>
internal static class PlanReplacement
{
    public static async Task<PlanImportResult> RunAsync(
        LedgerDbContext db, StoreSession session, Plan stored, Plan incoming, CancellationToken ct)
    {
        var incomingTargets = incoming.Tasks.SelectMany(t => t.Targets).Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var incomingTasks = incoming.Tasks.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        // Tasks carried over from the year before (结转, JZn) are not in the report: they stay, after the report's tasks.
        var carried = stored.Tasks.Where(t => CarryOverRules.IsCarried(t.Code)).ToList();
        var goneTasks = stored.Tasks.Where(t => !incomingTasks.Contains(t.Code) && !carried.Contains(t)).ToList();
        var goneTargets = stored.Tasks.Where(t => !carried.Contains(t)).SelectMany(t => t.Targets).Where(t => !incomingTargets.Contains(t.Code)).ToList();
        var stillReported = await StillReportedAsync(db, goneTasks, goneTargets, ct).ConfigureAwait(false);
        if (stillReported.Count > 0)
        {
            return new PlanImportResult(PlanImportOutcome.Refused, stored.Id, Catalogue.Ledger.PlanStillReferenced(stored.Region, stored.Year, stillReported));
        }

        var before = PlanSnapshot.Of(stored);
        stored.SourceName = incoming.SourceName;
        stored.SourceText = incoming.SourceText;
        stored.SourceHash = incoming.SourceHash;
        PlanSections.Merge(db, stored, incoming.Sections);
        var tasks = PlanTasks.Merge(db, stored, incoming.Tasks);
        for (var i = 0; i < carried.Count; i++)
        {
            db.Entry(carried[i]).Property(ReportOrder.Column).CurrentValue = incoming.Tasks.Count + i;
        }

        db.Targets.RemoveRange(goneTargets);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);

        PlanTargets.Merge(db, stored, incoming.Tasks, tasks);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);

        db.Tasks.RemoveRange(goneTasks);
        stored.Tasks.RemoveAll(goneTasks.Contains);
        AuditLog.Add(db, session, "plan.replace", AuditEntities.Plan, PlanKey.Of(stored), before, PlanSnapshot.Of(stored));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new PlanImportResult(PlanImportOutcome.Replaced, stored.Id,
            Catalogue.Ledger.PlanReplaced(stored.Region, stored.Year, incoming.Tasks.Count, goneTasks.Count, incomingTargets.Count, goneTargets.Count));
    }

    private static async Task<List<string>> StillReportedAsync(
        LedgerDbContext db, List<PlanTask> goneTasks, List<Target> goneTargets, CancellationToken ct)
    {
        var taskIds = goneTasks.Select(t => t.Id).ToList();
        var targetIds = goneTargets.Select(t => t.Id).ToList();
        // A supporting unit's contribution is reported work too.
        var reportedTasks = await db.Reports.Where(r => taskIds.Contains(r.TaskId)).Select(r => r.TaskId)
            .Union(db.TaskLifecycles.Where(l => taskIds.Contains(l.TaskId)).Select(l => l.TaskId))
            .Union(db.Contributions.Where(c => taskIds.Contains(c.TaskId)).Select(c => c.TaskId))
            .Union(db.ClosingAccounts.Where(a => taskIds.Contains(a.TaskId)).Select(a => a.TaskId))
            .Distinct().ToListAsync(ct).ConfigureAwait(false);
        var reportedTargets = await db.Values.Where(v => targetIds.Contains(v.TargetId)).Select(v => v.TargetId)
            .Distinct().ToListAsync(ct).ConfigureAwait(false);
        return
        [
            .. goneTasks.Where(t => reportedTasks.Contains(t.Id)).Select(t => $"task {t.Code}"),
            .. goneTargets.Where(t => reportedTargets.Contains(t.Id)).Select(t => $"target {t.Code}"),
        ];
    }
}
