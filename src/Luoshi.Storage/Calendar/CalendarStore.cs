using Luoshi.Domain.Time;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Calendar;

/// <summary>The ledger's working-day calendar, read in one place: the notices shipped with the product with the
/// office's own files (holiday_years) over them, a stored year replacing the shipped one.</summary>
internal static class CalendarStore
{
    public static async Task<WorkingDays> ReadAsync(LedgerDbContext db, CancellationToken ct)
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

    /// <summary>Which years the office has imported (the others are shipped).</summary>
    public static async Task<IReadOnlyDictionary<int, string>> StoredAsync(LedgerDbContext db, CancellationToken ct) =>
        await db.HolidayYears.AsNoTracking().ToDictionaryAsync(y => y.Year, y => y.FileName, ct).ConfigureAwait(false);
}
