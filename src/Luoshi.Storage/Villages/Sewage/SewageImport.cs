using Luoshi.Domain.Values;
using Luoshi.Domain.Villages;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Registers.Villages;
using Luoshi.Intake.Tables;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Bulk;
using Luoshi.Storage.Registers;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Villages.Sewage;

/// <summary>Imports sewage findings (<see cref="SewageFile"/>): all checked, then stored by village and day in one
/// transaction, a finding of the same day replaced, never doubled.</summary>
internal sealed class SewageImport(StoreSession session, VillageFile file) : IRegisterImport<(int Row, string Code, SewageStatus Status)>
{
    private readonly Dictionary<(int, DateOnly), (int Row, string Code, SewageStatus Status)> _findings = [];
    private SewageFile _reader = null!;

    public IReadOnlyList<Column> Columns => SewageFile.Columns;

    public Words Row => Catalogue.Villages.Finding;

    public static async Task<CsvImportResult> RunAsync(StoreSession session, VillageFile file, CancellationToken ct) =>
        (await RegisterImport.RunAsync<(int, string, SewageStatus), SewageImport>(
            session, file.ToIntake(), _ => new SewageImport(session, file), null, ct).ConfigureAwait(false)).Result;

    public async Task<Problem?> BeginAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        _reader = new SewageFile(await VillageLookup.LoadAsync(db, ct).ConfigureAwait(false), DayWindow.Recorded(session.Today));
        return null;
    }

    public bool Read(Table table, ProblemList problems, out (int Row, string Code, SewageStatus Status) row)
    {
        row = default;
        if (_reader.Read(table, problems) is not { } finding)
        {
            return false;
        }

        var key = (finding.Status.VillageId, finding.Status.AsOf);
        if (_findings.TryGetValue(key, out var first))
        {
            problems.Add(table.Place(1), Catalogue.Villages.FindingTwice(finding.Code, table.Places.RowName(first.Row)));
            return false;
        }

        row = (table.Number, finding.Code, finding.Status);
        return true;
    }

    public ValueTask AddAsync((int Row, string Code, SewageStatus Status) row, CancellationToken ct)
    {
        if (row.Status is { } status)
        {
            _findings[(status.VillageId, status.AsOf)] = row;
        }

        return ValueTask.CompletedTask;
    }

    public void CheckAll(TablePlaces places, ProblemList problems)
    {
    }

    public async Task<long> WriteAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        var stored = await db.SewageStatuses.AsNoTracking().ToDictionaryAsync(s => (s.VillageId, s.AsOf), ct).ConfigureAwait(false);
        var created = new List<SewageStatus>();
        var (updated, unchanged) = (0, 0);
        foreach (var (key, (_, code, status)) in _findings)
        {
            if (!stored.TryGetValue(key, out var old))
            {
                created.Add(status);
                continue;
            }

            var before = AuditLog.ToJson(Snapshot.Of(old));
            var after = AuditLog.ToJson(Snapshot.Of(status));
            if (before == after)
            {
                unchanged++;
                continue;
            }

            status.Id = old.Id;
            db.SewageStatuses.Update(status);
            updated++;
            VillageAudit.Changed(db, session, "sewage.update", code, before!, after!);
        }

        VillageAudit.FileImported(db, session, "sewage.import", file, created.Count, updated, unchanged);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await BulkWriter.InsertAsync(db, VillageTables.Sewage,
            [.. created.Select(s => new object?[] { s.VillageId, s.AsOf, s.HasFacility, s.Operating, s.Note })], withIds: false, ct).ConfigureAwait(false);
        return _findings.Count;
    }

    private sealed record Snapshot(DateOnly AsOf, bool HasFacility, bool Operating, string? Note)
    {
        public static Snapshot Of(SewageStatus s) => new(s.AsOf, s.HasFacility, s.Operating, s.Note);
    }
}
