using System.Globalization;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Villages.Standards;

/// <summary>The rules of a standard across its rows: codes and tier names once, tiers rising (a tier's least score not
/// below the one before), reachable (not above the checklist's total), requiring only pass/fail criteria of the
/// standard.</summary>
public static class StandardRules
{
    /// <summary>Every problem; <paramref name="rowName"/> names another row.</summary>
    public static List<RowProblem> Check(
        IReadOnlyList<(int Row, AssessmentCriterion Criterion)> criteria, IReadOnlyList<(int Row, AssessmentTier Tier)> tiers, Func<int, Words> rowName)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(tiers);
        ArgumentNullException.ThrowIfNull(rowName);
        var problems = new List<RowProblem>();
        var codes = new Dictionary<string, (int Row, AssessmentCriterion Criterion)>(StringComparer.Ordinal);
        foreach (var c in criteria)
        {
            if (!codes.TryAdd(c.Criterion.Code, c))
            {
                problems.Add(new(c.Row, "code", Catalogue.Registers.CodeUsed(c.Criterion.Code, rowName(codes[c.Criterion.Code].Row))));
            }
        }

        var max = MaxScore(criteria.Select(c => c.Criterion));
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        (int Row, AssessmentTier Tier)? previous = null;
        foreach (var t in tiers)
        {
            if (!names.TryAdd(t.Tier.Name, t.Row))
            {
                problems.Add(new(t.Row, "name", Catalogue.Standards.TierListed(t.Tier.Name, rowName(names[t.Tier.Name]))));
            }

            if (previous is { } p && t.Tier.MinScore < p.Tier.MinScore)
            {
                problems.Add(new(t.Row, "min_score", Catalogue.Standards.TiersRising(Points(t.Tier.MinScore), Points(p.Tier.MinScore), p.Tier.Name, rowName(p.Row))));
            }

            if (criteria.Count > 0 && t.Tier.MinScore > max)
            {
                problems.Add(new(t.Row, "min_score", Catalogue.Standards.Unreachable(Points(t.Tier.MinScore), Points(max))));
            }

            problems.AddRange(Required(t, codes));
            previous = t;
        }

        return problems;
    }

    /// <summary>The highest score the checklist allows.</summary>
    public static decimal MaxScore(IEnumerable<AssessmentCriterion> criteria) => criteria.Sum(c => c.Weight);

    /// <summary>Points as people read them: 80, 92.5.</summary>
    public static string Points(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static IEnumerable<RowProblem> Required((int Row, AssessmentTier Tier) t, Dictionary<string, (int Row, AssessmentCriterion Criterion)> codes)
    {
        foreach (var code in t.Tier.Required)
        {
            if (!codes.TryGetValue(code, out var c))
            {
                yield return new(t.Row, "requires", Catalogue.Standards.UnknownRequired(code));
            }
            else if (c.Criterion.Kind != CriterionKind.PassFail)
            {
                yield return new(t.Row, "requires", Catalogue.Standards.RequiresScored(code));
            }
        }
    }
}
