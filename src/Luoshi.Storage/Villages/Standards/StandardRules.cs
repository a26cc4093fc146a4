using Luoshi.Domain.Villages;
using Luoshi.Domain.Wording;
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
                problems.Add(c.Row, 1, Catalogue.Villages.CodeOnRow(c.Criterion.Code, codes[c.Criterion.Code].Row.Number));
            }
        }

        var max = StandardFile.MaxScore(criteria.Select(c => c.Criterion));
        var names = new Dictionary<string, RegisterRow>(StringComparer.Ordinal);
        (RegisterRow Row, AssessmentTier Tier)? previous = null;
        foreach (var t in tiers)
        {
            if (!names.TryAdd(t.Tier.Name, t.Row))
            {
                problems.Add(t.Row, 2, Catalogue.Villages.TierTwice(t.Tier.Name, names[t.Tier.Name].Number));
            }

            if (previous is { } p && t.Tier.MinScore < p.Tier.MinScore)
            {
                problems.Add(t.Row, 6, Catalogue.Villages.TiersLowestFirst(StandardFile.Points(t.Tier.MinScore), StandardFile.Points(p.Tier.MinScore), p.Tier.Name, p.Row.Number));
            }

            if (criteria.Count > 0 && t.Tier.MinScore > max)
            {
                problems.Add(t.Row, 6, Catalogue.Villages.TierOutOfReach(StandardFile.Points(t.Tier.MinScore), StandardFile.Points(max)));
            }

            foreach (var code in t.Tier.Required)
            {
                if (!codes.TryGetValue(code, out var c))
                {
                    problems.Add(t.Row, 7, Catalogue.Villages.RequiredUnknown(code));
                }
                else if (c.Criterion.Kind != CriterionKind.PassFail)
                {
                    problems.Add(t.Row, 7, Catalogue.Villages.RequiredScored(code));
                }
            }

            previous = t;
        }
    }
}
