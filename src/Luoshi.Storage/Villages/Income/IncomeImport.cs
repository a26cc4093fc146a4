using Luoshi.Domain.Villages;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Villages.Files;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Villages.Income;

/// <summary>Imports collective operating income (village, year, 万元): all checked, then stored by village and year
/// in one transaction, a figure for the same year replaced, never doubled.</summary>
internal static class IncomeImport
{
    private const int Village = 0, Year = 1, Amount = 2;

    private static readonly RegisterColumn[] Columns = [new("village", "村"), new("year", "年度"), new("income", "收入")];

    public static async Task<CsvImportResult> RunAsync(StoreSession session, VillageFile file, CancellationToken ct)
    {
        var (table, readErrors) = RegisterFiles.Read(file, Columns);
        if (table is null)
        {
            return new CsvImportResult(0, readErrors);
        }

        return await session.WriteAsync(
            async (db, token) =>
            {
                var problems = new RegisterProblems(table);
                problems.AddAll(readErrors);
                var villages = await VillageLookup.LoadAsync(db, token).ConfigureAwait(false);
                var figures = new Dictionary<(int, int), (RegisterRow Row, string Code, CollectiveIncome Income)>();
                foreach (var row in table.Rows)
                {
                    if (Read(row, villages, problems) is { } f && !figures.TryAdd((f.Income.VillageId, f.Income.Year), f))
                    {
                        problems.Add(row, Year, Catalogue.Villages.FigureTwice(f.Code, f.Income.Year, figures[(f.Income.VillageId, f.Income.Year)].Row.Number));
                    }
                }

                if (table.Rows.Count == 0)
                {
                    problems.AddFile(Catalogue.Villages.NoRows(Catalogue.Villages.AFigure));
                }

                if (problems.Any)
                {
                    return new CsvImportResult(0, problems.ToList());
                }

                var years = figures.Keys.Select(k => k.Item2).Distinct().ToList();
                var stored = await db.CollectiveIncomes.AsNoTracking().Where(i => years.Contains(i.Year))
                    .ToDictionaryAsync(i => (i.VillageId, i.Year), token).ConfigureAwait(false);
                var created = new List<CollectiveIncome>();
                var (updated, unchanged) = (0, 0);
                foreach (var (key, (_, code, income)) in figures)
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
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                await BulkRows.InsertAsync(db, "collective_incomes", ["village_id", "year", "amount"],
                    created.Select(i => new object?[] { i.VillageId, i.Year, i.Amount }), token).ConfigureAwait(false);
                return new CsvImportResult(figures.Count, []);
            },
            r => r.Succeeded,
            ct).ConfigureAwait(false);
    }

    private static (RegisterRow Row, string Code, CollectiveIncome Income)? Read(RegisterRow row, VillageLookup villages, RegisterProblems problems)
    {
        var c = row.Cells;
        var village = villages.Find(c[Village]);
        var year = FieldText.Year(c[Year]);
        var amount = FieldText.Number(c[Amount]);
        if (village is null)
        {
            problems.Add(row, Village, Catalogue.Villages.UnknownVillage(c[Village]));
        }

        if (year is null)
        {
            problems.Add(row, Year, Catalogue.Villages.IncomeYear(c[Year]));
        }

        if (amount is null or < 0)
        {
            problems.Add(row, Amount, Catalogue.Villages.IncomeAmount(c[Amount]));
        }

        return village is { } v && year is { } y && amount is { } a and >= 0
            ? (row, v.Code, new CollectiveIncome { VillageId = v.Id, Year = y, Amount = a })
            : null;
    }

    private sealed record Snapshot(int Year, decimal Amount);
}
