using Luoshi.Domain.Values;
using Luoshi.Domain.Villages.Register;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Cells;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Tables;

namespace Luoshi.Intake.Registers.Villages;

/// <summary>A village register: code, name, town, and optionally households, population and type (行政村 or 社区).</summary>
public static class VillageRegisterFile
{
    /// <summary>The columns, English and Chinese.</summary>
    public static IReadOnlyList<Column> Columns { get; } =
    [
        new("code", "代码"), new("name", "村名"), new("town", "镇街"), new("households", "户数", Required: false),
        new("population", "人口", Required: false), new("type", "类型", Required: false),
    ];

    private const int Code = 0, Name = 1, Town = 2, Households = 3, Population = 4, Type = 5;

    /// <summary>The current row as a village, or null after adding its problems.</summary>
    public static VillageLine? Read(Table table, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        var code = table.Line(Code, problems, TextRules.Code, Catalogue.Villages.NeedCode);
        var name = table.Line(Name, problems, TextRules.Name, Catalogue.Villages.NeedName);
        var town = table.Line(Town, problems, TextRules.Name, Catalogue.Villages.NeedTown);
        var households = table.Count(Households, problems);
        var population = table.Count(Population, problems);
        bool? community = table.Text(Type).ToLowerInvariant() switch
        {
            "" or "village" or "行政村" or "村" => false,
            "community" or "社区" => true,
            _ => null,
        };
        if (community is null)
        {
            problems.Add(table.Place(Type), Catalogue.Villages.WrongType(table.Text(Type)));
        }

        return problems.Count == before ? new VillageLine(table.Number, code, name, town, households, population, community!.Value) : null;
    }
}
