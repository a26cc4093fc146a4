using System.Globalization;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Reports;

/// <summary>The message for a save based on an outdated version: who changed the report last, when, and to which
/// version, read from the audit trail; the caller's changes are never written over someone else's.</summary>
internal static class ReportConflict
{
    public static async Task<Problem> DescribeAsync(LedgerDbContext db, int reportId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var version = await db.Reports.AsNoTracking().Where(r => r.Id == reportId).Select(r => r.Version)
            .SingleOrDefaultAsync(ct).ConfigureAwait(false);
        var last = await AuditQuery.LastAsync(db, AuditEntities.Report, Key(reportId), ct).ConfigureAwait(false);
        var when = last?.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        return Catalogue.Reports.Changed(last?.Actor, when, version);
    }

    public static string Key(int reportId) => reportId.ToString(CultureInfo.InvariantCulture);
}
