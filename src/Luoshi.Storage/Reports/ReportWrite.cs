using Luoshi.Domain.Progress;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Reports;

/// <summary>Saves a changed report; when the database finds that someone saved it in between (the version in the
/// UPDATE's WHERE no longer matches), the save is a conflict, not an exception.</summary>
internal static class ReportWrite
{
    public static async Task<StoreResult<ProgressReport>> SaveAsync(LedgerDbContext db, ProgressReport report, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return StoreResults.Ok(report);
        }
        catch (DbUpdateConcurrencyException)
        {
            return StoreResults.Fail<ProgressReport>(await ReportConflict.DescribeAsync(db, report.Id, ct).ConfigureAwait(false));
        }
    }
}
