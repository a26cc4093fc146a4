using System.Globalization;
using Luoshi.Domain.Villages;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Villages.Files;

namespace Luoshi.Storage.Villages.Standards;

/// <summary>Reads a standard's file: one table whose rows are criteria (section criterion/条目) or tiers (tier/等级,
/// lowest first), so the same layout works as CSV and as one Excel sheet.</summary>
internal static class StandardFile
{
    public static readonly RegisterColumn[] Columns =
    [
        new("section", "类别"),
        new("code", "代码", Required: false),
        new("name", "名称"),
        new("kind", "方式", Required: false),
        new("weight", "分值", Required: false),
        new("evidence", "佐证", Required: false),
        new("min_score", "最低分", Required: false),
        new("requires", "必备条目", Required: false),
    ];

    private const int Section = 0, Code = 1, Name = 2, Kind = 3, Weight = 4, Evidence = 5, MinScore = 6, Requires = 7;

    /// <summary>The criteria and tiers with the row each came from, every problem of a single row reported.</summary>
    public static (List<(RegisterRow Row, AssessmentCriterion Criterion)> Criteria, List<(RegisterRow Row, AssessmentTier Tier)> Tiers) Read(
        RegisterTable table, RegisterProblems problems)
    {
        var criteria = new List<(RegisterRow, AssessmentCriterion)>();
        var tiers = new List<(RegisterRow, AssessmentTier)>();
        foreach (var row in table.Rows)
        {
            switch (row.Cells[Section].ToLowerInvariant())
            {
                case "criterion" or "条目" or "指标":
                    if (Criterion(row, problems) is { } criterion)
                    {
                        criteria.Add((row, criterion));
                    }

                    break;
                case "tier" or "等级" or "档次":
                    if (Tier(row, problems) is { } tier)
                    {
                        tiers.Add((row, tier));
                    }

                    break;
                default:
                    problems.Add(row, Section, Catalogue.Villages.SectionKind(row.Cells[Section]));
                    break;
            }
        }

        return (criteria, tiers);
    }

    private static AssessmentCriterion? Criterion(RegisterRow row, RegisterProblems problems)
    {
        var c = row.Cells;
        var ok = true;
        if (c[Code].Length == 0)
        {
            ok = Add(problems, row, Code, Catalogue.Files.Expected(Catalogue.Villages.CriterionCode));
        }

        if (c[Name].Length == 0)
        {
            ok = Add(problems, row, Name, Catalogue.Files.Expected(Catalogue.Villages.CriterionName));
        }

        CriterionKind? kind = c[Kind].ToLowerInvariant() switch
        {
            "pass" or "passfail" or "pass/fail" or "达标" or "是否" => CriterionKind.PassFail,
            "score" or "评分" or "打分" => CriterionKind.Score,
            _ => null,
        };
        if (kind is null)
        {
            ok = Add(problems, row, Kind, Catalogue.Villages.CriterionKind(c[Kind]));
        }

        var weight = c[Weight].Length == 0 && kind == CriterionKind.PassFail ? 0m : FieldText.Number(c[Weight]);
        if (weight is not { } w || w < 0 || (kind == CriterionKind.Score && w == 0))
        {
            ok = Add(problems, row, Weight, Catalogue.Villages.CriterionWeight(c[Weight]));
        }

        var evidence = c[Evidence].Length == 0 ? false : FieldText.Bool(c[Evidence]);
        if (evidence is null)
        {
            ok = Add(problems, row, Evidence, Catalogue.Villages.EvidenceRequired(c[Evidence]));
        }

        return ok ? new AssessmentCriterion(c[Code], c[Name], kind!.Value, weight!.Value, evidence!.Value) : null;
    }

    private static AssessmentTier? Tier(RegisterRow row, RegisterProblems problems)
    {
        var c = row.Cells;
        var ok = true;
        if (c[Name].Length == 0)
        {
            ok = Add(problems, row, Name, Catalogue.Files.Expected(Catalogue.Villages.TierName));
        }

        if (FieldText.Number(c[MinScore]) is not { } min || min < 0)
        {
            ok = Add(problems, row, MinScore, Catalogue.Villages.TierScore(c[MinScore]));
            min = 0;
        }

        var required = c[Requires].Split(['|', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return ok ? new AssessmentTier(c[Name], min, required) : null;
    }

    private static bool Add(RegisterProblems problems, RegisterRow row, int column, Words message)
    {
        problems.Add(row, column, message);
        return false;
    }

    /// <summary>The highest score the checklist allows.</summary>
    public static decimal MaxScore(IEnumerable<AssessmentCriterion> criteria) => criteria.Sum(c => c.Weight);

    public static string Points(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
