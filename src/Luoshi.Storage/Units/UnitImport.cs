using Luoshi.Domain.Units;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Csv;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Units;

/// <summary>Imports a units file: everything is checked first, and only a file without any error is stored, as
/// inserts and updates by code in one audited transaction.</summary>
internal static class UnitImport
{
    public static async Task<CsvImportResult> RunAsync(StoreSession session, string path, IProgress<long>? rowsRead, CancellationToken ct)
    {
        var (rows, errors) = UnitsCsv.Read(path, rowsRead, ct);
        if (rows.Count == 0 && errors.Any)
        {
            return new CsvImportResult(0, errors.ToList());
        }

        return await session.WriteAsync(
            async (db, token) =>
            {
                var stored = await db.Units.ToListAsync(token).ConfigureAwait(false);
                // Every error of the file at once: those of single lines, then those across lines and the ledger.
                var check = new CsvErrors(Path.GetFileName(path));
                check.AddAll(errors.ToList());
                UnitRules.Check(rows, stored, check);
                if (check.Any)
                {
                    return new CsvImportResult(0, check.ToList());
                }

                Upsert(db, session, rows, stored.ToDictionary(u => u.Code, StringComparer.Ordinal));
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return new CsvImportResult(rows.Count, []);
            },
            result => result.Succeeded,
            ct).ConfigureAwait(false);
    }

    private static void Upsert(Schema.LedgerDbContext db, StoreSession session, List<UnitRow> rows, Dictionary<string, OrgUnit> stored)
    {
        foreach (var row in rows)
        {
            var parent = row.Parent.Length == 0 ? null : row.Parent;
            if (!stored.TryGetValue(row.Code, out var unit))
            {
                unit = new OrgUnit { Code = row.Code, Name = row.Name, Kind = row.Kind!.Value, ParentCode = parent, Aliases = row.Aliases };
                db.Units.Add(unit);
                AuditLog.Add(db, session, "unit.create", AuditEntities.Unit, unit.Code, null, unit);
                continue;
            }

            var before = AuditLog.ToJson(unit);
            (unit.Name, unit.Kind, unit.ParentCode, unit.Aliases) = (row.Name, row.Kind!.Value, parent, row.Aliases);
            var after = AuditLog.ToJson(unit);
            if (before != after)
            {
                AuditLog.AddJson(db, session, "unit.update", AuditEntities.Unit, unit.Code, before, after);
            }
        }
    }
}
