using System.Globalization;
using System.Runtime.CompilerServices;
using Luoshi.Domain.Audit;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Reading.Facts;

/// <summary>Keeps task_facts equal to what progress_reports and progress_values say, in the transaction that changes
/// them. Every change to a report is in the audit trail (the rule every write follows), so the unit of work's own audit
/// entries say what to rewrite: a report's task, or every task of a plan for an imported progress file. Called once per
/// unit of work by <see cref="StoreSession.WriteAsync{T}"/>, so no write path can forget it.</summary>
/// <remarks>A progress import on SQLite writes its tasks' rows itself (<see cref="ProgressImport.ImportedFacts"/>) and says
/// so (<see cref="Written"/>): its plan is then not rewritten again.</remarks>
internal static class TaskFactsProjection
{
    private static readonly ConditionalWeakTable<LedgerDbContext, HashSet<int>> WrittenPlans = [];

    /// <summary>Says that the unit of work has brought the task_facts rows of plan <paramref name="planId"/> up to date
    /// for the progress file it imported.</summary>
    public static void Written(LedgerDbContext db, int planId) => WrittenPlans.GetOrCreateValue(db).Add(planId);

    /// <summary>Forgets what <see cref="Written"/> said, for a unit of work run again.</summary>
    public static void Reset(LedgerDbContext db) => WrittenPlans.Remove(db);

    public static async Task UpdateAsync(LedgerDbContext db, StoreProvider provider, CancellationToken ct)
    {
        var written = db.ChangeTracker.Entries<AuditEntry>().Select(e => e.Entity).ToList();
        var reports = written.Where(a => a.Entity == AuditEntities.Report).Select(a => Id(a.EntityKey)).OfType<int>().Distinct().ToArray();
        var done = WrittenPlans.TryGetValue(db, out var plansDone) ? plansDone : [];
        var plans = written.Where(a => a.Entity == AuditEntities.ProgressFile).Select(a => Id(a.EntityKey.Split('/')[0])).OfType<int>()
            .Where(p => !done.Contains(p)).Distinct().ToArray();
        foreach (var plan in plans)
        {
            await db.Database.ExecuteSqlRawAsync(
                TaskFactsSql.Rewrite(provider, "task_id IN (SELECT id FROM tasks WHERE plan_id = {0})"), [plan], ct).ConfigureAwait(false);
        }

        if (reports.Length > 0)
        {
            var tasks = await db.Reports.AsNoTracking().Where(r => reports.Contains(r.Id)).Select(r => r.TaskId).Distinct().ToArrayAsync(ct).ConfigureAwait(false);
            var scope = provider == StoreProvider.Postgres ? "task_id = ANY({0})" : "task_id IN (SELECT value FROM json_each({0}))";
            object tasksParameter = provider == StoreProvider.Postgres ? tasks : System.Text.Json.JsonSerializer.Serialize(tasks);
            await db.Database.ExecuteSqlRawAsync(TaskFactsSql.Rewrite(provider, scope), [tasksParameter], ct).ConfigureAwait(false);
        }
    }

    private static int? Id(string key) => int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
