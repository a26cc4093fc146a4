using Luoshi.Domain.Villages;
using Luoshi.Domain.Villages.Register;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Registers.Villages;
using Luoshi.Intake.Tables;
using Luoshi.Storage.Bulk;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Villages.Income;

/// <summary>Imports collective operating income (<see cref="IncomeFile"/>: village, year, 万元): all checked, then
/// stored by village and year in one transaction, a figure for the same year replaced, never doubled
/// (<see cref="VillageFigureImport{TKey, TValue}"/>).</summary>
internal sealed class IncomeImport(StoreSession session, VillageFile file) : VillageFigureImport<(int, int), CollectiveIncome>(session, file, "income", IncomeFile.Columns, Catalogue.Villages.Figure)
{
    public static Task<CsvImportResult> RunAsync(StoreSession session, VillageFile file, CancellationToken ct) =>
        RunAsync(session, file, () => new IncomeImport(session, file), ct);

    protected override Func<Table, ProblemList, (string Code, CollectiveIncome Value)?> ReaderOf(VillageNames villages) => new IncomeFile(villages).Read;

    protected override (int, int) KeyOf(CollectiveIncome value) => (value.VillageId, value.Year);

    protected override Words Twice(string code, CollectiveIncome value, Words firstRow) => Catalogue.Villages.FigureTwice(code, value.Year, firstRow);

    protected override async Task<Dictionary<(int, int), CollectiveIncome>> StoredAsync(LedgerDbContext db, IReadOnlyCollection<(int, int)> keys, CancellationToken ct)
    {
        var years = keys.Select(k => k.Item2).Distinct().ToList();
        return await db.CollectiveIncomes.AsNoTracking().Where(i => years.Contains(i.Year))
            .ToDictionaryAsync(i => (i.VillageId, i.Year), ct).ConfigureAwait(false);
    }

    protected override object Snapshot(CollectiveIncome value) => new Figure(value.Year, value.Amount);

    protected override void Replace(LedgerDbContext db, CollectiveIncome old, CollectiveIncome value)
    {
        value.Id = old.Id;
        db.CollectiveIncomes.Update(value);
    }

    protected override Task InsertAsync(LedgerDbContext db, IReadOnlyList<CollectiveIncome> created, CancellationToken ct) =>
        BulkWriter.InsertAsync(db, VillageTables.Incomes, [.. created.Select(i => new object?[] { i.VillageId, i.Year, i.Amount })], withIds: false, ct);

    private sealed record Figure(int Year, decimal Amount);
}
