using System.Globalization;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Villages.Standards;

/// <summary>Gathers an assessment file's rows into one assessment per village and year and computes its tier
/// (<see cref="TierRules"/>): each criterion of the standard once, one date (the year's 31 December when none is given).</summary>
public static class AssessmentGroups
{
    /// <summary>The assessments by village code, and every problem; <paramref name="rowName"/> names another row.</summary>
    public static (List<(string Code, VillageAssessment Assessment)> Assessments, List<RowProblem> Problems) Build(
        IReadOnlyList<AssessmentLine> lines, AssessmentStandard standard, Func<int, Words> rowName)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(standard);
        ArgumentNullException.ThrowIfNull(rowName);
        var built = new List<(string, VillageAssessment)>();
        var problems = new List<RowProblem>();
        foreach (var group in lines.GroupBy(l => (l.VillageId, l.Year)))
        {
            var first = group.First();
            var seen = new Dictionary<string, AssessmentLine>(StringComparer.Ordinal);
            var before = problems.Count;
            foreach (var line in group)
            {
                if (!seen.TryAdd(line.Result.Code, line))
                {
                    problems.Add(new(line.Row, "criterion",
                        Catalogue.Standards.CriterionTwice(line.VillageCode, line.Year, line.Result.Code, rowName(seen[line.Result.Code].Row))));
                }
                else if (line.AssessedOn != first.AssessedOn)
                {
                    problems.Add(new(line.Row, "assessed_on", Catalogue.Standards.OneDate(line.VillageCode, line.Year, rowName(first.Row), Text(first.AssessedOn))));
                }
            }

            var missing = standard.Criteria.Where(c => !seen.ContainsKey(c.Code)).Select(c => c.Code).ToList();
            if (missing.Count > 0)
            {
                problems.Add(new(first.Row, "criterion", Catalogue.Standards.Missing(first.VillageCode, first.Year, missing)));
            }

            if (problems.Count == before)
            {
                built.Add((first.VillageCode, Assess(group.Key.VillageId, group.Key.Year, first.AssessedOn, standard, [.. group.Select(l => l.Result)])));
            }
        }

        return (built, problems);
    }

    private static VillageAssessment Assess(int village, int year, DateOnly? day, AssessmentStandard standard, List<CriterionResult> results)
    {
        var outcome = TierRules.Assess(standard, results);
        var ordered = standard.Criteria.Select(c => results.First(r => r.Code == c.Code)).ToList();
        return new VillageAssessment
        {
            VillageId = village, Year = year, StandardId = standard.Id, AssessedOn = day ?? new DateOnly(year, 12, 31),
            Score = outcome.Score, TierRank = outcome.TierRank, Tier = outcome.Tier, Results = ordered,
        };
    }

    private static string Text(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";
}
