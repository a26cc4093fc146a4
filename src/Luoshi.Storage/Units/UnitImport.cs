using Luoshi.Domain.Units;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Files;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Registers.Units;
using Luoshi.Intake.Tables;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Registers;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Units;

/// <summary>Imports a units file (<see cref="UnitsFile"/>) through <see cref="RegisterImport"/>: every row and the
/// rules across rows (<see cref="UnitRules"/>) checked first, then inserts and updates by code in one audited
/// transaction.</summary>
internal sealed class UnitImport(StoreSession session) : IRegisterImport<UnitLine>
{
    private readonly List<UnitLine> _rows = [];
    private List<OrgUnit> _stored = [];

    public IReadOnlyList<Column> Columns => UnitsFile.Columns;

    public Words Row => Catalogue.Registers.Unit;

    public static async Task<CsvImportResult> RunAsync(StoreSession session, string path, IProgress<long>? rowsRead, CancellationToken ct) =>
        (await RegisterImport.RunAsync<UnitLine, UnitImport>(session, IntakeFile.FromPath(path), _ => new UnitImport(session), rowsRead, ct)
            .ConfigureAwait(false)).Result;

    public async Task<Problem?> BeginAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        _stored = await db.Units.ToListAsync(ct).ConfigureAwait(false);
        return null;
    }

    public bool Read(Table table, ProblemList problems, out UnitLine row)
    {
        row = UnitsFile.Read(table, problems)!;
        return row is not null;
    }

    public ValueTask AddAsync(UnitLine row, CancellationToken ct)
    {
        _rows.Add(row);
        return ValueTask.CompletedTask;
    }

    public void CheckAll(TablePlaces places, ProblemList problems) =>
        problems.AddAll(UnitRules.Check(_rows, _stored, places.RowName).Select(places.Of));

    public async Task<long> WriteAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        var stored = _stored.ToDictionary(u => u.Code, StringComparer.Ordinal);
        foreach (var row in _rows)
        {
            var parent = row.Parent.Length == 0 ? null : row.Parent;
            if (!stored.TryGetValue(row.Code, out var unit))
            {
                unit = new OrgUnit { Code = row.Code, Name = row.Name, Kind = row.Kind!.Value, ParentCode = parent, Aliases = [.. row.Aliases] };
                db.Units.Add(unit);
                AuditLog.Add(db, session, "unit.create", AuditEntities.Unit, unit.Code, null, unit);
                continue;
            }

            var before = AuditLog.ToJson(unit);
            (unit.Name, unit.Kind, unit.ParentCode, unit.Aliases) = (row.Name, row.Kind!.Value, parent, [.. row.Aliases]);
            var after = AuditLog.ToJson(unit);
            if (before != after)
            {
                AuditLog.AddJson(db, session, "unit.update", AuditEntities.Unit, unit.Code, before, after);
            }
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return _rows.Count;
    }
}
