using Luoshi.Domain.Units;
using Luoshi.Domain.Villages;
using Luoshi.Domain.Villages.Register;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Registers.Villages;
using Luoshi.Intake.Tables;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Bulk;
using Luoshi.Storage.Registers;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Villages.Register;

/// <summary>Imports a village register (<see cref="VillageRegisterFile"/>) through <see cref="RegisterImport"/>: every
/// row and the rules across rows (<see cref="VillageRules"/>) checked first, then villages created or updated by code
/// (unit and register attributes) in one transaction; the same file again changes nothing.</summary>
internal sealed class VillageImport(StoreSession session, VillageFile file) : IRegisterImport<VillageLine>
{
    private readonly List<VillageLine> _lines = [];
    private List<OrgUnit> _units = [];
    private Dictionary<VillageLine, OrgUnit> _towns = [];

    public IReadOnlyList<Column> Columns => VillageRegisterFile.Columns;

    public Words Row => Catalogue.Villages.Village;

    public static async Task<CsvImportResult> RunAsync(StoreSession session, VillageFile file, CancellationToken ct) =>
        (await RegisterImport.RunAsync<VillageLine, VillageImport>(session, file.ToIntake(), _ => new VillageImport(session, file), null, ct)
            .ConfigureAwait(false)).Result;

    public async Task<Problem?> BeginAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        _units = await db.Units.AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        return null;
    }

    public bool Read(Table table, ProblemList problems, out VillageLine row)
    {
        row = VillageRegisterFile.Read(table, problems)!;
        return row is not null;
    }

    public ValueTask AddAsync(VillageLine row, CancellationToken ct)
    {
        _lines.Add(row);
        return ValueTask.CompletedTask;
    }

    public void CheckAll(TablePlaces places, ProblemList problems)
    {
        (_towns, var found) = VillageRules.Check(_lines, _units, places.RowName);
        problems.AddAll(found.Select(places.Of));
    }

    public async Task<long> WriteAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        var byCode = _units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var profiles = await db.VillageProfiles.AsNoTracking().ToDictionaryAsync(p => p.VillageId, ct).ConfigureAwait(false);
        var created = new List<(string Name, VillageLine Line)>();
        var (updated, unchanged) = (0, 0);
        foreach (var line in _lines)
        {
            var town = _towns[line];
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
        await CreateAsync(db, created, ct).ConfigureAwait(false);
        return _lines.Count;
    }

    // New villages: their units and register rows by the bulk writer, the ids assigned by it.
    private async Task CreateAsync(LedgerDbContext db, List<(string Name, VillageLine Line)> created, CancellationToken ct)
    {
        var ids = await BulkWriter.InsertAsync(db, VillageTables.Units,
            [.. created.Select(c => new object?[] { c.Line.Code, c.Name, nameof(OrgUnitKind.Village), _towns[c.Line].Code, "[]" })], withIds: true, ct)
            .ConfigureAwait(false);
        await BulkWriter.InsertAsync(db, VillageTables.Profiles,
            [.. created.Select((c, i) => new object?[] { ids[i], c.Line.Name, c.Line.Households, c.Line.Population, c.Line.Community })], withIds: false, ct)
            .ConfigureAwait(false);
    }

    private static VillageProfile Profile(int id, VillageLine line) =>
        new() { VillageId = id, ShortName = line.Name, Households = line.Households, Population = line.Population, Community = line.Community };

    private sealed record Snapshot(string Name, string? Town, string? ShortName, int? Households, int? Population, bool Community)
    {
        public static Snapshot Of(OrgUnit unit, VillageProfile? p) =>
            new(unit.Name, unit.ParentCode, p?.ShortName, p?.Households, p?.Population, p?.Community ?? false);
    }
}
