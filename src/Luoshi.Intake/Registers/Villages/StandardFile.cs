using Luoshi.Domain.Values;
using Luoshi.Domain.Villages;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Cells;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Tables;

namespace Luoshi.Intake.Registers.Villages;

/// <summary>A standard's file: one table whose rows are criteria (section criterion/条目) or tiers (tier/等级, lowest
/// first), so the same layout works as CSV and as one Excel sheet.</summary>
public static class StandardFile
{
    /// <summary>The columns, English and Chinese.</summary>
    public static IReadOnlyList<Column> Columns { get; } =
    [
        new("section", "类别"), new("code", "代码", Required: false), new("name", "名称"), new("kind", "方式", Required: false),
        new("weight", "分值", Required: false), new("evidence", "佐证", Required: false), new("min_score", "最低分", Required: false),
        new("requires", "必备条目", Required: false),
    ];

    private const int Section = 0, Code = 1, Name = 2, Kind = 3, Weight = 4, Evidence = 5, MinScore = 6, Requires = 7;

    /// <summary>The current row as a criterion or a tier (the other null), or neither after adding its problems.</summary>
    public static (AssessmentCriterion? Criterion, AssessmentTier? Tier) Read(Table table, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(problems);
        switch (table.Text(Section).ToLowerInvariant())
        {
            case "criterion" or "条目" or "指标":
                return (Criterion(table, problems), null);
            case "tier" or "等级" or "档次":
                return (null, Tier(table, problems));
            default:
                problems.Add(table.Place(Section), Catalogue.Standards.WrongSection(table.Text(Section)));
                return (null, null);
        }
    }

    private static AssessmentCriterion? Criterion(Table table, ProblemList problems)
    {
        var before = problems.Count;
        var code = table.Line(Code, problems, TextRules.Code, Catalogue.Standards.NeedCriterionCode);
        var name = table.Line(Name, problems, TextRules.Name, Catalogue.Standards.NeedCriterionName);
        CriterionKind? kind = table.Text(Kind).ToLowerInvariant() switch
        {
            "pass" or "passfail" or "pass/fail" or "达标" or "是否" => CriterionKind.PassFail,
            "score" or "评分" or "打分" => CriterionKind.Score,
            _ => null,
        };
        if (kind is null)
        {
            problems.Add(table.Place(Kind), Catalogue.Standards.WrongKind(table.Text(Kind)));
        }

        var weight = table[Weight].IsEmpty && kind == CriterionKind.PassFail ? 0m : table.NumberAt(Weight);
        if (weight is not { } w || w < 0 || w > 1_000_000m || (kind == CriterionKind.Score && w == 0))
        {
            problems.Add(table.Place(Weight), Catalogue.Standards.WrongWeight(table.Text(Weight)));
        }

        var evidence = table[Evidence].IsEmpty ? false : YesNoText.Parse(table.Text(Evidence));
        if (evidence is null)
        {
            problems.Add(table.Place(Evidence), Catalogue.Villages.NotYesNo(Catalogue.Standards.EvidenceRequired, table.Text(Evidence)));
        }

        return problems.Count == before ? new AssessmentCriterion(code, name, kind!.Value, weight!.Value, evidence!.Value) : null;
    }

    private static AssessmentTier? Tier(Table table, ProblemList problems)
    {
        var before = problems.Count;
        var name = table.Line(Name, problems, TextRules.Name, Catalogue.Standards.NeedTierName);
        if (table.NumberAt(MinScore) is not { } min || min < 0 || min > 1_000_000m)
        {
            problems.Add(table.Place(MinScore), Catalogue.Standards.WrongMinScore(table.Text(MinScore)));
            min = 0;
        }

        var required = table.Line(Requires, problems, TextRules.Note)
            .Split(['|', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return problems.Count == before ? new AssessmentTier(name, min, required) : null;
    }
}
