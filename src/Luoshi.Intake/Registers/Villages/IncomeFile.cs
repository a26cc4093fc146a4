using Luoshi.Domain.Progress;
using Luoshi.Domain.Values;
using Luoshi.Domain.Villages;
using Luoshi.Domain.Villages.Register;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Cells;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Tables;

namespace Luoshi.Intake.Registers.Villages;

/// <summary>A collective income file: village, year, and the collective operating income in 万元.</summary>
public sealed class IncomeFile(VillageNames villages)
{
    /// <summary>The columns, English and Chinese.</summary>
    public static IReadOnlyList<Column> Columns { get; } = [new("village", "村"), new("year", "年度"), new("income", "收入")];

    private const int Village = 0, Year = 1, Amount = 2;

    /// <summary>The current row as a figure with its village's code, or null after adding its problems.</summary>
    public (string Code, CollectiveIncome Income)? Read(Table table, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(problems);
        var village = villages.Find(table.Text(Village));
        var year = YearRule.Parse(table[Year]);
        var amount = table.NumberAt(Amount);
        if (village is null)
        {
            problems.Add(table.Place(Village), Catalogue.Villages.UnknownVillage(table.Text(Village)));
        }

        if (year is null)
        {
            problems.Add(table.Place(Year), Catalogue.Villages.NotAYear(Catalogue.Villages.Year, table.Text(Year)));
        }

        if (amount is not { } a || a < 0 || a > ValueRange.Largest)
        {
            problems.Add(table.Place(Amount), Catalogue.Villages.NotAnIncome(table.Text(Amount)));
            amount = null;
        }

        return village is { } v && year is { } y && amount is { } m
            ? (v.Code, new CollectiveIncome { VillageId = v.Id, Year = y, Amount = m })
            : null;
    }
}
