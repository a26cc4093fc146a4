using Luoshi.Domain.Villages;
using Luoshi.Storage.Villages.Files;

namespace Luoshi.Storage.Villages.Standards;

/// <summary>The checks of a standard across its rows: codes and tier names once, at least one of each, tiers rising
/// (a tier's least score not below the one before), reachable (not above the checklist's total), requiring only
/// pass/fail criteria of the standard.</summary>
internal static class StandardRules
{
    public static void Check(
        List<(RegisterRow Row, AssessmentCriterion Criterion)> criteria, List<(RegisterRow Row, AssessmentTier Tier)> tiers, RegisterProblems problems)
    {
        var codes = new Dictionary<string, (RegisterRow Row, AssessmentCriterion Criterion)>(StringComparer.Ordinal);
        foreach (var c in criteria)
        {
            if (!codes.TryAdd(c.Criterion.Code, c))
            {
                problems.Add(c.Row, 1, $"the code '{c.Criterion.Code}' is already used on row {codes[c.Criterion.Code].Row.Number}");
            }
        }

        var max = StandardFile.MaxScore(criteria.Select(c => c.Criterion));
        var names = new Dictionary<string, RegisterRow>(StringComparer.Ordinal);
        (RegisterRow Row, AssessmentTier Tier)? previous = null;
        foreach (var t in tiers)
        {
            if (!names.TryAdd(t.Tier.Name, t.Row))
            {
                problems.Add(t.Row, 2, $"the tier '{t.Tier.Name}' is already listed on row {names[t.Tier.Name].Number}");
            }

            if (previous is { } p && t.Tier.MinScore < p.Tier.MinScore)
            {
                problems.Add(t.Row, 6, $"tiers are listed lowest first: {StandardFile.Points(t.Tier.MinScore)} is below the {StandardFile.Points(p.Tier.MinScore)} of '{p.Tier.Name}' on row {p.Row.Number}");
            }

            if (criteria.Count > 0 && t.Tier.MinScore > max)
            {
                problems.Add(t.Row, 6, $"no village can reach {StandardFile.Points(t.Tier.MinScore)}: the criteria add up to {StandardFile.Points(max)}");
            }

            foreach (var code in t.Tier.Required)
            {
                if (!codes.TryGetValue(code, out var c))
                {
                    problems.Add(t.Row, 7, $"unknown criterion '{code}': expected codes of this file's criteria, separated by |");
                }
                else if (c.Criterion.Kind != CriterionKind.PassFail)
                {
                    problems.Add(t.Row, 7, $"criterion '{code}' is scored; a tier can require only pass/fail criteria (its score counts towards the least score)");
                }
            }

            previous = t;
        }
    }
}
