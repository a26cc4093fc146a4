using Luoshi.Domain.Villages;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Villages.Files;

namespace Luoshi.Storage.Villages.Assessments;

/// <summary>Gathers an assessment file's rows into one assessment per village and year and computes its tier: each
/// criterion of the standard once, one date (the year's 31 December when none is given).</summary>
internal static class AssessmentGroups
{
    public static List<(string Code, VillageAssessment Assessment)> Build(List<AssessmentLine> lines, AssessmentStandard standard, RegisterProblems problems)
    {
        var built = new List<(string, VillageAssessment)>();
        foreach (var group in lines.GroupBy(l => (l.VillageId, l.Year)))
        {
            var first = group.First();
            var seen = new Dictionary<string, AssessmentLine>(StringComparer.Ordinal);
            var ok = true;
            foreach (var line in group)
            {
                if (!seen.TryAdd(line.Result.Code, line))
                {
                    problems.Add(line.Row, AssessmentLine.Criterion,
                        Catalogue.Villages.CriterionTwice(line.VillageCode, line.Year, line.Result.Code, seen[line.Result.Code].Row.Number));
                    ok = false;
                }
                else if (line.AssessedOn != first.AssessedOn)
                {
                    problems.Add(line.Row, AssessmentLine.Date,
                        Catalogue.Villages.OneDate(line.VillageCode, line.Year, first.Row.Number, first.AssessedOn));
                    ok = false;
                }
            }

            var missing = standard.Criteria.Where(c => !seen.ContainsKey(c.Code)).Select(c => c.Code).ToList();
            if (missing.Count > 0)
            {
                problems.Add(first.Row, AssessmentLine.Criterion,
                    Catalogue.Villages.MissingCriteria(first.VillageCode, first.Year, missing));
                ok = false;
            }

            if (ok)
            {
                built.Add((first.VillageCode, Assess(group.Key.VillageId, group.Key.Year, first.AssessedOn, standard, [.. group.Select(l => l.Result)])));
            }
        }

        return built;
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
}
