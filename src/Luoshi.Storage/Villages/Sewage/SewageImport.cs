using Luoshi.Domain.Values;
using Luoshi.Domain.Villages;
using Luoshi.Domain.Villages.Register;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Registers.Villages;
using Luoshi.Intake.Tables;
using Luoshi.Storage.Bulk;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Villages.Sewage;

/// <summary>Imports sewage findings (<see cref="SewageFile"/>): all checked, then stored by village and day in one
/// transaction, a finding of the same day replaced, never doubled (<see cref="VillageFigureImport{TKey, TValue}"/>).</summary>
internal sealed class SewageImport(StoreSession session, VillageFile file) : VillageFigureImport<(int, DateOnly), SewageStatus>(session, file, "sewage", SewageFile.Columns, Catalogue.Villages.Finding)
{
    public static Task<CsvImportResult> RunAsync(StoreSession session, VillageFile file, CancellationToken ct) =>
        RunAsync(session, file, () => new SewageImport(session, file), ct);

    protected override Func<Table, ProblemList, (string Code, SewageStatus Value)?> ReaderOf(VillageNames villages) =>
        new SewageFile(villages, DayWindow.Recorded(Session.Today)).Read;

    protected override (int, DateOnly) KeyOf(SewageStatus value) => (value.VillageId, value.AsOf);

    protected override Words Twice(string code, SewageStatus value, Words firstRow) => Catalogue.Villages.FindingTwice(code, firstRow);

    protected override async Task<Dictionary<(int, DateOnly), SewageStatus>> StoredAsync(LedgerDbContext db, IReadOnlyCollection<(int, DateOnly)> keys, CancellationToken ct) =>
        await db.SewageStatuses.AsNoTracking().ToDictionaryAsync(s => (s.VillageId, s.AsOf), ct).ConfigureAwait(false);

    protected override object Snapshot(SewageStatus value) => new Finding(value.AsOf, value.HasFacility, value.Operating, value.Note);

    protected override void Replace(LedgerDbContext db, SewageStatus old, SewageStatus value)
    {
        value.Id = old.Id;
        db.SewageStatuses.Update(value);
    }

    protected override Task InsertAsync(LedgerDbContext db, IReadOnlyList<SewageStatus> created, CancellationToken ct) =>
        BulkWriter.InsertAsync(db, VillageTables.Sewage, [.. created.Select(s => new object?[] { s.VillageId, s.AsOf, s.HasFacility, s.Operating, s.Note })], withIds: false, ct);

    private sealed record Finding(DateOnly AsOf, bool HasFacility, bool Operating, string? Note);
}
