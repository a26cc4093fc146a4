using Luoshi.Domain.Units;
using Luoshi.Domain.Villages;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Schema;
using Luoshi.Storage.Villages.Files;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Villages.Register;

/// <summary>Imports a village register: every row checked first, then villages created or updated by code (unit and
/// register attributes) in one transaction; a file with any problem stores nothing, and the same file again changes nothing.</summary>
internal static class VillageImport
{
    public static async Task<CsvImportResult> RunAsync(StoreSession session, VillageFile file, CancellationToken ct)
    {
        var (table, readErrors) = RegisterFiles.Read(file, VillageLine.Columns);
        if (table is null)
        {
            return new CsvImportResult(0, readErrors);
        }

        var problems = new RegisterProblems(table);
        problems.AddAll(readErrors);
        var lines = new List<VillageLine>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            if (VillageLine.Read(row, problems) is { } line)
            {
                lines.Add(line);
            }
        }

        if (table.Rows.Count == 0)
        {
            problems.AddFile(Catalogue.Villages.NoRows(Catalogue.Villages.AVillage));
        }

        return await session.WriteAsync(
            async (db, token) =>
            {
                var units = await db.Units.AsNoTracking().ToListAsync(token).ConfigureAwait(false);
                var towns = VillageRules.Check(lines, units, problems);
                if (problems.Any)
                {
                    return new CsvImportResult(0, problems.ToList());
                }

                await StoreAsync(db, session, file, lines, towns, units, token).ConfigureAwait(false);
                return new CsvImportResult(lines.Count, []);
            },
            result => result.Succeeded,
            ct).ConfigureAwait(false);
    }

    private static async Task StoreAsync(
        LedgerDbContext db, StoreSession session, VillageFile file, List<VillageLine> lines, Dictionary<VillageLine, OrgUnit> towns,
        List<OrgUnit> units, CancellationToken ct)
    {
        var byCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var profiles = await db.VillageProfiles.AsNoTracking().ToDictionaryAsync(p => p.VillageId, ct).ConfigureAwait(false);
        var created = new List<(string Name, VillageLine Line)>();
        var (updated, unchanged) = (0, 0);
        foreach (var line in lines)
        {
            var town = towns[line];
            var name = VillageRules.FullName(town, line.Name);
            if (!byCode.TryGetValue(line.Code, out var unit))
            {
                created.Add((name, line));
                continue;
            }

            var profile = profiles.GetValueOrDefault(unit.Id);
            var before = AuditLog.ToJson(Snapshot.Of(unit, profile));
            (unit.Name, unit.ParentCode) = (name, town.Code);
            var after = AuditLog.ToJson(Snapshot.Of(unit, Profile(unit.Id, line)));
            if (before == after)
            {
                unchanged++;
                continue;
            }

            db.Units.Update(unit);
            if (profile is null)
            {
                db.VillageProfiles.Add(Profile(unit.Id, line));
            }
            else
            {
                db.VillageProfiles.Update(Profile(unit.Id, line));
            }

            updated++;
            VillageAudit.Changed(db, session, "village.update", unit.Code, before!, after!);
        }

        VillageAudit.FileImported(db, session, "villages.import", file, created.Count, updated, unchanged);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await BulkRows.InsertAsync(db, "org_units", ["code", "name", "kind", "parent_code", "aliases"],
            created.Select(c => new object?[] { c.Line.Code, c.Name, nameof(OrgUnitKind.Village), towns[c.Line].Code, "[]" }), ct).ConfigureAwait(false);
        // The new units have their ids now; their register rows follow in the same transaction.
        var codes = created.Select(c => c.Line.Code).ToHashSet(StringComparer.Ordinal);
        var ids = (await db.Units.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Village).Select(u => new { u.Id, u.Code }).ToListAsync(ct).ConfigureAwait(false))
            .Where(u => codes.Contains(u.Code)).ToDictionary(u => u.Code, u => u.Id, StringComparer.Ordinal);
        await BulkRows.InsertAsync(db, "village_profiles", ["village_id", "short_name", "households", "population", "community"],
            created.Select(c => new object?[] { ids[c.Line.Code], c.Line.Name, c.Line.Households, c.Line.Population, c.Line.Community }), ct).ConfigureAwait(false);
    }

    private static VillageProfile Profile(int id, VillageLine line) =>
        new() { VillageId = id, ShortName = line.Name, Households = line.Households, Population = line.Population, Community = line.Community };

    private sealed record Snapshot(string Name, string? Town, string? ShortName, int? Households, int? Population, bool Community)
    {
        public static Snapshot Of(OrgUnit unit, VillageProfile? p) =>
            new(unit.Name, unit.ParentCode, p?.ShortName, p?.Households, p?.Population, p?.Community ?? false);
    }
}
