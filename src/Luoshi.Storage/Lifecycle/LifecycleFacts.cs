using Luoshi.Domain.Lifecycle;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Lifecycle;

/// <summary>Reads the lifecycle of every assigned task of one plan (or of all plans) in four plain queries, for the
/// plan's reading.</summary>
internal static class LifecycleFacts
{
    public static async Task<Dictionary<int, TaskLifecycle>> ReadAsync(LedgerDbContext db, int? planId, CancellationToken ct)
    {
        var tasks = db.Tasks.AsNoTracking().Where(t => planId == null || t.PlanId == planId).Select(t => t.Id);
        var rows = await db.TaskLifecycles.AsNoTracking().Where(r => tasks.Contains(r.TaskId)).ToListAsync(ct).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return [];
        }

        var milestones = (await db.Milestones.AsNoTracking().Where(m => tasks.Contains(m.TaskId)).OrderBy(m => m.Number).ToListAsync(ct).ConfigureAwait(false))
            .ToLookup(m => m.TaskId, m => m.ToDomain());
        var extensions = (await db.Extensions.AsNoTracking().Where(e => tasks.Contains(e.TaskId)).OrderBy(e => e.Id).ToListAsync(ct).ConfigureAwait(false))
            .ToLookup(e => e.TaskId, e => e.ToDomain());
        var notices = (await db.Notices.AsNoTracking().Where(n => tasks.Contains(n.TaskId)).OrderBy(n => n.Id).ToListAsync(ct).ConfigureAwait(false))
            .ToLookup(n => n.TaskId, n => n.ToDomain());
        return rows.ToDictionary(r => r.TaskId, r => new TaskLifecycle(
            r.Stage, r.AssignedOn, r.SignDue, r.SignedOn, r.CloseRequestedOn, r.ClosedOn, r.ClosedBy, r.OriginalDeadline,
            [.. milestones[r.TaskId]], [.. extensions[r.TaskId]], [.. notices[r.TaskId]]));
    }
}
