using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Assessment;

/// <summary>One point of a unit's score and why: a task's result, a deduction or an addition, or a cap applied; and
/// where it came from (the scheme, the unit's self-assessment or the office).</summary>
public sealed record ScoreLine(string? Task, Words Why, decimal Points, ScoreSource Source = ScoreSource.Scheme);

/// <summary>A lead unit's score: the weighted mean of its tasks' result points, less deductions and plus additions
/// (each capped), plus the office's adjustments, every point explained; and its place in the ranking.</summary>
/// <param name="Adjusted">The office's adjustments when it confirmed the unit's self-assessment (0 without).</param>
/// <param name="Review">Where the unit's self-assessment stands; null when the score is the scheme's alone (not confirmed).</param>
public sealed record UnitScore(
    string Unit, decimal Base, decimal Deducted, decimal Added, decimal Final, int Rank, IReadOnlyList<ScoreLine> Lines,
    decimal Adjusted = 0m, SelfAssessmentState? Review = null)
{
    /// <summary>True when the office confirmed the unit's self-assessment, so this is its final score.</summary>
    public bool IsConfirmed => Review == SelfAssessmentState.Confirmed;
}

/// <summary>The one rule of the unit assessment (考核), docs/closing.md “Assessment”.</summary>
public static class UnitScoring
{
    /// <summary>Every lead unit's score, ranked (highest first; equal scores share a rank).</summary>
    public static IReadOnlyList<UnitScore> Rank(IEnumerable<AssessedTask> tasks, ScoringScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(scheme);
        return Ranked(tasks.GroupBy(t => t.LeadUnit).Select(g => Score(g.Key, [.. g], scheme)));
    }

    /// <summary><paramref name="scores"/> ranked by final score (highest first; equal finals share a rank).</summary>
    public static IReadOnlyList<UnitScore> Ranked(IEnumerable<UnitScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var ordered = scores.OrderByDescending(s => s.Final).ThenBy(s => s.Unit, StringComparer.Ordinal).ToList();
        return RankInOrder(ordered);
    }

    private static List<UnitScore> RankInOrder(List<UnitScore> scores)
    {
        var ranked = new List<UnitScore>(scores.Count);
        for (var i = 0; i < scores.Count; i++)
        {
            var rank = i > 0 && scores[i].Final == scores[i - 1].Final ? ranked[i - 1].Rank : i + 1;
            ranked.Add(scores[i] with { Rank = rank });
        }

        return ranked;
    }

    /// <summary>The score of <paramref name="unit"/> from the tasks it leads, by the scheme alone (FinalScoring without a
    /// self-assessment).</summary>
    public static UnitScore Score(string unit, IReadOnlyList<AssessedTask> tasks, ScoringScheme scheme) =>
        FinalScoring.Score(unit, tasks, scheme, null, [], null);
}
