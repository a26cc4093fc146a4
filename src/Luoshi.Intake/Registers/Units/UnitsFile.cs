using Luoshi.Domain.Units;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Cells;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Tables;

namespace Luoshi.Intake.Registers.Units;

/// <summary>A units file: code, name, kind, parent and aliases (separated by |). Each row is read on its own here;
/// <see cref="UnitRules"/> checks the rows against each other and the ledger.</summary>
public static class UnitsFile
{
    /// <summary>The columns, English and Chinese.</summary>
    public static IReadOnlyList<Column> Columns { get; } =
    [
        new("code", "代码"), new("name", "名称"), new("kind", "类型"), new("parent", "上级代码", Required: false),
        new("aliases", "别名", Required: false),
    ];

    private const int Code = 0, Name = 1, Kind = 2, Parent = 3, Aliases = 4;

    /// <summary>The current row as a unit (its kind null when wrong); its problems added.</summary>
    public static UnitLine Read(Table table, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(table);
        var code = table.Line(Code, problems, TextRules.Code, Catalogue.Registers.NeedCode);
        var name = table.Line(Name, problems, TextRules.Name, Catalogue.Registers.NeedName);
        var kindText = table.Text(Kind);
        var kind = UnitKindWords.Parse(kindText);
        if (kind is null)
        {
            problems.Add(table.Place(Kind), Catalogue.Registers.WrongKind(UnitKindWords.Expected, kindText));
        }

        var parent = table.Line(Parent, problems, TextRules.Code);
        var aliases = table.Line(Aliases, problems, TextRules.Note)
            .Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new UnitLine(table.Number, code, name, kind, parent, aliases);
    }
}
