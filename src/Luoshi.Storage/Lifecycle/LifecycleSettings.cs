using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Time;
using Luoshi.Storage.Lifecycle.Schema;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Lifecycle;

/// <summary>The office's lifecycle settings (the defaults until set) and the working days of the ledger: the shipped
/// notices with the office's own holiday files over them.</summary>
internal static class LifecycleSettings
{
    public static LifecycleSettingsRow Default => new() { SignWorkingDays = 3, AnswerWorkingDays = 5, YellowDays = NoticeThresholds.Default.YellowDays, RedDays = NoticeThresholds.Default.RedDays };

    public static async Task<LifecycleSettingsRow> ReadAsync(LedgerDbContext db, CancellationToken ct) =>
        await db.LifecycleSettings.AsNoTracking().SingleOrDefaultAsync(ct).ConfigureAwait(false) ?? Default;

    public static async Task<WorkingDays> WorkingDaysAsync(LedgerDbContext db, CancellationToken ct)
    {
        var days = WorkingDays.Shipped;
        foreach (var row in await db.HolidayYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync(ct).ConfigureAwait(false))
        {
            // Stored files were read when imported; one that no longer reads would be a bug, so it throws.
            var (year, problems) = HolidayFile.Parse(row.FileName, row.Text);
            days = days.With(year ?? throw new InvalidOperationException(string.Join("; ", problems)));
        }

        return days;
    }
}
