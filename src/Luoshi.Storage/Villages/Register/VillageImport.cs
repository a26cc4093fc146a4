using Luoshi.Domain.Units;
using Luoshi.Domain.Villages;
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
            problems.AddFile("expected at least one village below the header");
        }

        return await session.WriteAsync(
            async (db, token) =>
            {
                var units = await db.Units.ToListAsync(token).ConfigureAwait(false);
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
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var byCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var profiles = await db.VillageProfiles.ToDictionaryAsync(p => p.VillageId, ct).ConfigureAwait(false);
        var created = new List<(OrgUnit Unit, VillageLine Line)>();
        var (updated, unchanged) = (0, 0);
        foreach (var line in lines)
        {
            var town = towns[line];
            var name = VillageRules.FullName(town, line.Name);
            if (!byCode.TryGetValue(line.Code, out var unit))
            {
                unit = new OrgUnit { Code = line.Code, Name = name, Kind = OrgUnitKind.Village, ParentCode = town.Code };
                db.Units.Add(unit);
                created.Add((unit, line));
                continue;
            }

            var profile = profiles.GetValueOrDefault(unit.Id);
            var before = AuditLog.ToJson(Snapshot.Of(unit, profile));
            (unit.Name, unit.ParentCode) = (name, town.Code);
            if (profile is null)
            {
                profile = new VillageProfile { VillageId = unit.Id, ShortName = line.Name };
                db.VillageProfiles.Add(profile);
            }

            (profile.ShortName, profile.Households, profile.Population, profile.Community) = (line.Name, line.Households, line.Population, line.Community);
            var after = AuditLog.ToJson(Snapshot.Of(unit, profile));
            if (before == after)
            {
                unchanged++;
                continue;
            }

            updated++;
            VillageAudit.Changed(db, session, "village.update", unit.Code, before!, after!);
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        // The new units have their ids now; their register rows follow in the same transaction.
        foreach (var (unit, line) in created)
        {
            db.VillageProfiles.Add(new VillageProfile
            {
                VillageId = unit.Id, ShortName = line.Name, Households = line.Households, Population = line.Population, Community = line.Community,
            });
        }

        VillageAudit.FileImported(db, session, "villages.import", file, created.Count, updated, unchanged);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    private sealed record Snapshot(string Name, string? Town, string? ShortName, int? Households, int? Population, bool Community)
    {
        public static Snapshot Of(OrgUnit unit, VillageProfile? p) =>
            new(unit.Name, unit.ParentCode, p?.ShortName, p?.Households, p?.Population, p?.Community ?? false);
    }
}
