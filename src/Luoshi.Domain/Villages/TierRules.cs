namespace Luoshi.Domain.Villages;

/// <summary>Computes an assessment's score and tier from its criterion results by the standard's rules
/// (docs/villages.md): the score is the sum of scored points and of the weights of met pass/fail criteria; a tier is
/// reached when the score is at least its minimum and every pass/fail criterion it or a lower tier requires is met.</summary>
public static class TierRules
{
    /// <summary>The outcome of <paramref name="results"/> (one per criterion of the standard, already checked).</summary>
    public static AssessmentOutcome Assess(AssessmentStandard standard, IReadOnlyList<CriterionResult> results)
    {
        ArgumentNullException.ThrowIfNull(standard);
        ArgumentNullException.ThrowIfNull(results);
        var byCode = results.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var score = 0m;
        foreach (var criterion in standard.Criteria)
        {
            if (byCode.TryGetValue(criterion.Code, out var r))
            {
                score += criterion.Kind == CriterionKind.Score ? r.Score ?? 0m : r.Passed == true ? criterion.Weight : 0m;
            }
        }

        var rank = 0;
        for (var i = 0; i < standard.Tiers.Count; i++)
        {
            var tier = standard.Tiers[i];
            var met = score >= tier.MinScore
                && tier.Required.All(code => byCode.TryGetValue(code, out var r) && r.Passed == true);
            if (!met)
            {
                // Requirements are cumulative: a tier above one that is not reached is not reached either.
                break;
            }

            rank = i + 1;
        }

        return new AssessmentOutcome(score, rank, rank == 0 ? null : standard.Tiers[rank - 1].Name);
    }
}
