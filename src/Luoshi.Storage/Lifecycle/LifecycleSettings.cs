using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Time;
using Luoshi.Storage.Lifecycle.Schema;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Lifecycle;

/// <summary>The office's lifecycle settings (the defaults until set); the working days are the ledger's one calendar
/// (<see cref="Calendar.CalendarStore"/>).</summary>
internal static class LifecycleSettings
{
    public static LifecycleSettingsRow Default => new() { SignWorkingDays = 3, AnswerWorkingDays = 5, YellowDays = NoticeThresholds.Default.YellowDays, RedDays = NoticeThresholds.Default.RedDays };

    public static async Task<LifecycleSettingsRow> ReadAsync(LedgerDbContext db, CancellationToken ct) =>
        await db.LifecycleSettings.AsNoTracking().SingleOrDefaultAsync(ct).ConfigureAwait(false) ?? Default;

    public static Task<WorkingDays> WorkingDaysAsync(LedgerDbContext db, CancellationToken ct) => Calendar.CalendarStore.ReadAsync(db, ct);
}
