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

namespace Luoshi.Storage.Villages.Income;

/// <summary>Imports collective operating income (<see cref="IncomeFile"/>: village, year, 万元): all checked, then
/// stored by village and year in one transaction, a figure for the same year replaced, never doubled.</summary>
internal sealed class IncomeImport(StoreSession session, VillageFile file) : IRegisterImport<(int Row, string Code, CollectiveIncome Income)>
{
    private readonly Dictionary<(int, int), (int Row, string Code, CollectiveIncome Income)> _figures = [];
    private IncomeFile _reader = null!;

    public IReadOnlyList<Column> Columns => IncomeFile.Columns;

    public Words Row => Catalogue.Villages.Figure;

    public static async Task<CsvImportResult> RunAsync(StoreSession session, VillageFile file, CancellationToken ct) =>
        (await RegisterImport.RunAsync<(int, string, CollectiveIncome), IncomeImport>(
            session, file.ToIntake(), _ => new IncomeImport(session, file), null, ct).ConfigureAwait(false)).Result;

    public async Task<Problem?> BeginAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        _reader = new IncomeFile(await VillageLookup.LoadAsync(db, ct).ConfigureAwait(false));
        return null;
    }

    public bool Read(Table table, ProblemList problems, out (int Row, string Code, CollectiveIncome Income) row)
    {
        row = default;
        if (_reader.Read(table, problems) is not { } figure)
        {
            return false;
        }

        if (_figures.TryGetValue((figure.Income.VillageId, figure.Income.Year), out var first))
        {
            problems.Add(table.Place(1), Catalogue.Villages.FigureTwice(figure.Code, figure.Income.Year, table.Places.RowName(first.Row)));
            return false;
        }

        row = (table.Number, figure.Code, figure.Income);
        return true;
    }

    public ValueTask AddAsync((int Row, string Code, CollectiveIncome Income) row, CancellationToken ct)
    {
        if (row.Income is { } income)
        {
            _figures[(income.VillageId, income.Year)] = row;
        }

        return ValueTask.CompletedTask;
    }

    public void CheckAll(TablePlaces places, ProblemList problems)
    {
    }

    public async Task<long> WriteAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        var years = _figures.Keys.Select(k => k.Item2).Distinct().ToList();
        var stored = await db.CollectiveIncomes.AsNoTracking().Where(i => years.Contains(i.Year))
            .ToDictionaryAsync(i => (i.VillageId, i.Year), ct).ConfigureAwait(false);
        var created = new List<CollectiveIncome>();
        var (updated, unchanged) = (0, 0);
        foreach (var (key, (_, code, income)) in _figures)
        {
            if (!stored.TryGetValue(key, out var old))
            {
                created.Add(income);
            }
            else if (old.Amount == income.Amount)
            {
                unchanged++;
            }
            else
            {
                income.Id = old.Id;
                db.CollectiveIncomes.Update(income);
                updated++;
                VillageAudit.Changed(db, session, "income.update", code,
                    AuditLog.ToJson(new Snapshot(old.Year, old.Amount))!, AuditLog.ToJson(new Snapshot(income.Year, income.Amount))!);
            }
        }

        VillageAudit.FileImported(db, session, "income.import", file, created.Count, updated, unchanged);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await BulkWriter.InsertAsync(db, VillageTables.Incomes,
            [.. created.Select(i => new object?[] { i.VillageId, i.Year, i.Amount })], withIds: false, ct).ConfigureAwait(false);
        return _figures.Count;
    }

    private sealed record Snapshot(int Year, decimal Amount);
}
