using Luoshi.Storage.Audit;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Monitoring;

/// <summary>Stores the rows of a checked register file by code: new codes added, known ones changed in place, each
/// creation and each real change in the audit trail with before and after (a snapshot without the storage key, which a
/// new row does not have yet). Codes not in the file stay as they are.</summary>
internal static class RegisterChanges
{
    public static void Apply<TRow, TEntity>(
        LedgerDbContext db, StoreSession session, string entity, IEnumerable<TRow> rows, Dictionary<string, TEntity> stored,
        Func<TRow, string> code, Func<TRow, TEntity> create, Action<TRow, TEntity> update, Func<TEntity, object> snapshot)
        where TEntity : class
    {
        foreach (var row in rows)
        {
            if (!stored.TryGetValue(code(row), out var existing))
            {
                var added = create(row);
                db.Add(added);
                AuditLog.Add(db, session, entity + ".create", entity, code(row), null, snapshot(added));
                continue;
            }

            var before = AuditLog.ToJson(snapshot(existing));
            update(row, existing);
            var after = AuditLog.ToJson(snapshot(existing));
            if (before != after)
            {
                AuditLog.AddJson(db, session, entity + ".update", entity, code(row), before, after);
            }
        }
    }
}
