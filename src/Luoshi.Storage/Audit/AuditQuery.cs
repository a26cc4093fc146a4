using Luoshi.Domain.Audit;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Audit;

/// <summary>Reads the audit trail, newest first (ids grow with time; SQLite cannot order by a DateTimeOffset).</summary>
internal static class AuditQuery
{
    public static Task<List<AuditEntry>> ListAsync(LedgerDbContext db, int limit, string? entity, CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (entity is not null)
        {
            query = query.Where(a => a.Entity == entity);
        }

        return query.OrderByDescending(a => a.Id).Take(limit).ToListAsync(ct);
    }

    /// <summary>Every change to one entity, newest first.</summary>
    public static Task<List<AuditEntry>> OfAsync(LedgerDbContext db, string entity, string key, CancellationToken ct) =>
        db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == entity && a.EntityKey == key)
            .OrderByDescending(a => a.Id)
            .ToListAsync(ct);

    /// <summary>The last change to one entity, for a conflict message.</summary>
    public static Task<AuditEntry?> LastAsync(LedgerDbContext db, string entity, string key, CancellationToken ct) =>
        db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == entity && a.EntityKey == key)
            .OrderByDescending(a => a.Id)
            .FirstOrDefaultAsync(ct);
}
