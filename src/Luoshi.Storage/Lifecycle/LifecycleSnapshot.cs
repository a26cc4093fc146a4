using Luoshi.Domain.Lifecycle;
using Luoshi.Storage.Lifecycle.Schema;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Lifecycle;

/// <summary>What the audit trail keeps of a task's supervision before and after a step.</summary>
internal sealed record LifecycleSnapshot(
    TaskStage Stage, DateOnly AssignedOn, DateOnly SignDue, DateOnly? SignedOn, DateOnly OriginalDeadline, DateOnly? CloseRequestedOn,
    string? CloseSummary, string? CloseReturnReason, DateOnly? ClosedOn, IReadOnlyList<Milestone> Milestones,
    IReadOnlyList<Extension> Extensions, IReadOnlyList<SupervisionNotice> Notices)
{
    public static async Task<LifecycleSnapshot> OfAsync(LedgerDbContext db, TaskLifecycleRow row, CancellationToken ct)
    {
        var id = row.TaskId;
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.TaskId == id).OrderBy(m => m.Number).ToListAsync(ct).ConfigureAwait(false);
        var extensions = await db.Extensions.AsNoTracking().Where(e => e.TaskId == id).OrderBy(e => e.Id).ToListAsync(ct).ConfigureAwait(false);
        var notices = await db.Notices.AsNoTracking().Where(n => n.TaskId == id).OrderBy(n => n.Id).ToListAsync(ct).ConfigureAwait(false);
        return new(row.Stage, row.AssignedOn, row.SignDue, row.SignedOn, row.OriginalDeadline, row.CloseRequestedOn, row.CloseSummary,
            row.CloseReturnReason, row.ClosedOn, [.. milestones.Select(m => m.ToDomain())], [.. extensions.Select(e => e.ToDomain())],
            [.. notices.Select(n => n.ToDomain())]);
    }
}
