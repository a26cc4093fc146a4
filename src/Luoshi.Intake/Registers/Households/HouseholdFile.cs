using Luoshi.Domain.Households;
using Luoshi.Domain.Units;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Cells;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Tables;

namespace Luoshi.Intake.Registers.Households;

/// <summary>A household register file: household, village, head, id_number, year and income required; members,
/// risks, source and the monitoring dates optional. Each row is read on its own and against the ledger's villages,
/// every problem of it listed with its column.</summary>
public sealed class HouseholdFile(IReadOnlyDictionary<string, OrgUnitKind> units, DayWindow days)
{
    /// <summary>The columns, English and Chinese.</summary>
    public static IReadOnlyList<Column> Columns { get; } =
    [
        new("household", "户编号"), new("village", "村代码"), new("head", "户主姓名"), new("id_number", "身份证号"), new("year", "年度"),
        new("income", "人均纯收入"), new("members", "家庭成员", Required: false), new("risks", "风险类型", Required: false),
        new("source", "识别来源", Required: false), new("hardship_on", "困难发生日期", Required: false),
        new("flagged_on", "纳入监测日期", Required: false), new("identified_on", "识别日期", Required: false),
        new("assisted_on", "帮扶日期", Required: false), new("eliminated_on", "风险消除日期", Required: false),
    ];

    private const decimal MaxIncome = 100_000_000m;

    private const int Household = 0, Village = 1, Head = 2, IdNumber = 3, Year = 4, Income = 5, Members = 6, Risks = 7,
        Source = 8, HardshipOn = 9, FlaggedOn = 10, IdentifiedOn = 11, AssistedOn = 12, EliminatedOn = 13;

    /// <summary>The current row, or null after listing its problems.</summary>
    public HouseholdLine? Read(Table table, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        var number = table.Line(Household, problems, TextRules.Code, Catalogue.Households.NeedNumber);
        var head = table.Line(Head, problems, TextRules.Name, Catalogue.Households.NeedHead);
        var village = ReadVillage(table, problems);
        var idKey = Identity(table, problems);
        var year = YearRule.Parse(table[Year]);
        if (year is null)
        {
            problems.Add(table.Place(Year), Catalogue.Households.NotAYear(table.Text(Year)));
        }

        var income = ReadIncome(table, problems);
        var (members, memberKeys) = ReadMembers(table, problems);
        var (risks, unknownRisk) = HouseholdWords.Risks(table.Text(Risks));
        if (unknownRisk is not null)
        {
            problems.Add(table.Place(Risks), Catalogue.Households.UnknownRisk(unknownRisk));
        }

        var source = table[Source].IsEmpty ? null : HouseholdWords.Source(table.Text(Source));
        if (!table[Source].IsEmpty && source is null)
        {
            problems.Add(table.Place(Source), Catalogue.Households.UnknownSource(table.Text(Source)));
        }

        var hardship = table.Day(HardshipOn, problems, days);
        var states = ReadStates(table, problems);
        return problems.Count == before
            ? new HouseholdLine(table.Number, number, village, head, IdentityNumber.Normalize(table.Text(IdNumber)), idKey,
                members, memberKeys, year!.Value, income, risks, source, hardship, states)
            : null;
    }

    private string ReadVillage(Table table, ProblemList problems)
    {
        var code = table.Line(Village, problems, TextRules.Code, Catalogue.Households.NeedVillage);
        if (code.Length == 0)
        {
            return code;
        }

        if (!units.TryGetValue(code, out var kind))
        {
            problems.Add(table.Place(Village), Catalogue.Households.UnknownVillage(code));
        }
        else if (kind != OrgUnitKind.Village)
        {
            problems.Add(table.Place(Village), Catalogue.Households.NotAVillage(code, UnitKindWords.Name(kind)));
        }

        return code;
    }

    private static long Identity(Table table, ProblemList problems)
    {
        if (IdentityNumber.Problem(table[IdNumber]) is { } problem)
        {
            problems.Add(table.Place(IdNumber), Catalogue.Households.NotAnIdentity(table.Text(IdNumber), problem));
            return 0;
        }

        return IdentityNumber.Key(table.Text(IdNumber));
    }

    private static decimal ReadIncome(Table table, ProblemList problems)
    {
        if (NumberText.TryParse(table[Income], out var income) && income >= 0 && income < MaxIncome && income.Scale <= 2)
        {
            return income;
        }

        problems.Add(table.Place(Income), Catalogue.Households.NotAnIncome(table.Text(Income)));
        return 0;
    }

    private static (List<HouseholdMember> Members, long[] Keys) ReadMembers(Table table, ProblemList problems)
    {
        var text = table.Line(Members, problems, TextRules.Narrative);
        if (text.Length == 0)
        {
            return ([], []);
        }

        var parts = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var (members, keys) = (new List<HouseholdMember>(parts.Length), new long[parts.Length]);
        for (var i = 0; i < parts.Length; i++)
        {
            var fields = parts[i].Split('/', StringSplitOptions.TrimEntries);
            if (fields.Length != 3 || fields[0].Length == 0 || fields[2].Length == 0)
            {
                problems.Add(table.Place(Members), Catalogue.Households.Member(i + 1, parts[i]));
            }
            else if (IdentityNumber.Problem(fields[1]) is { } problem)
            {
                problems.Add(table.Place(Members), Catalogue.Households.MemberId(i + 1, fields[0], fields[1], problem));
            }
            else
            {
                keys[i] = IdentityNumber.Key(fields[1]);
                members.Add(new HouseholdMember(fields[0], IdentityNumber.Normalize(fields[1]), fields[2]));
            }
        }

        return (members, keys);
    }

    // The dates of a register moved from another system say where each household stands.
    private StateDates? ReadStates(Table table, ProblemList problems)
    {
        var before = problems.Count;
        var flagged = table.Day(FlaggedOn, problems, days);
        var identified = table.Day(IdentifiedOn, problems, days);
        var assisted = table.Day(AssistedOn, problems, days);
        var eliminated = table.Day(EliminatedOn, problems, days);
        if (problems.Count != before)
        {
            return null;
        }

        var (states, column, problem) = StateDates.Of(flagged, identified, assisted, eliminated);
        if (problem is { } words)
        {
            problems.Add(table.Places.At(table.Number, column!), words);
        }

        return states;
    }
}
