using Luoshi.Domain.Plans;
using Luoshi.Domain.Time;
using Luoshi.Storage.Lifecycle.Schema;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Lifecycle;

/// <summary>What a lifecycle step works on: the task, its lifecycle row (null before 交办), today and the office's
/// settings and working days, read when first needed.</summary>
internal sealed class LifecycleContext(LedgerDbContext db, StoreSession session, PlanTask task, TaskLifecycleRow? row)
{
    private LifecycleSettingsRow? _settings;
    private WorkingDays? _days;

    public LedgerDbContext Db => db;

    public StoreSession Session => session;

    public PlanTask Task => task;

    public TaskLifecycleRow? Row { get; set; } = row;

    public DateOnly Today => session.Today;

    public async Task<LifecycleSettingsRow> SettingsAsync(CancellationToken ct) =>
        _settings ??= await LifecycleSettings.ReadAsync(db, ct).ConfigureAwait(false);

    public async Task<WorkingDays> WorkingDaysAsync(CancellationToken ct) =>
        _days ??= await LifecycleSettings.WorkingDaysAsync(db, ct).ConfigureAwait(false);

    public Task<List<MilestoneRow>> MilestonesAsync(CancellationToken ct) =>
        db.Milestones.Where(m => m.TaskId == task.Id).OrderBy(m => m.Number).ToListAsync(ct);
}
