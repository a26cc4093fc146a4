using Luoshi.Domain.Lifecycle;
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

    /// <summary>The score of <paramref name="unit"/> from the tasks it leads.</summary>
    public static UnitScore Score(string unit, IReadOnlyList<AssessedTask> tasks, ScoringScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(scheme);
        var lines = new List<ScoreLine>();
        decimal weighted = 0, weights = 0;
        foreach (var t in tasks)
        {
            var w = scheme.WeightOf(t.Section);
            var p = scheme.PointsOf(t.Result);
            (weighted, weights) = (weighted + w * p, weights + w);
            lines.Add(new ScoreLine(t.Code, Catalogue.Assessment.ResultPoints(t.Result, w, p), 0m));
        }

        var baseScore = weights == 0 ? 0m : Math.Round(weighted / weights, 2);
        var deductions = tasks.SelectMany(t => Deductions(t, scheme)).ToList();
        var additions = tasks.Where(t => t.ClosedEarly && scheme.EarlyClose > 0).Select(t => new ScoreLine(t.Code, Catalogue.Assessment.EarlyClose, scheme.EarlyClose)).ToList();
        lines.AddRange(deductions);
        lines.AddRange(additions);
        var deducted = Capped(-deductions.Sum(l => l.Points), scheme.DeductionCap, Catalogue.Assessment.DeductionCapped, lines, 1);
        var added = Capped(additions.Sum(l => l.Points), scheme.AdditionCap, Catalogue.Assessment.AdditionCapped, lines, -1);
        return new UnitScore(unit, baseScore, deducted, added, baseScore - deducted + added, 0, lines);
    }

    /// <summary>The scheme's deductions of one task (late reports, red targets, 督办单, extensions), each a negative line.</summary>
    internal static IEnumerable<ScoreLine> Deductions(AssessedTask t, ScoringScheme s)
    {
        if (t.LateReports > 0 && s.LateReport > 0)
        {
            yield return new ScoreLine(t.Code, Catalogue.Assessment.LateReports(t.LateReports, s.LateReport), -t.LateReports * s.LateReport);
        }

        foreach (var target in t.RedTargets.Where(_ => s.RedHeld > 0))
        {
            yield return new ScoreLine(t.Code, Catalogue.Assessment.RedHeld(target, s.RedPeriods), -s.RedHeld);
        }

        foreach (var n in t.Notices)
        {
            var points = n switch { NoticeSeverity.Blue => s.BlueNotice, NoticeSeverity.Yellow => s.YellowNotice, _ => s.RedNotice };
            if (points > 0)
            {
                yield return new ScoreLine(t.Code, Catalogue.Assessment.Notice(n), -points);
            }
        }

        if (t.Extensions > 0 && s.Extension > 0)
        {
            yield return new ScoreLine(t.Code, Catalogue.Assessment.Extensions(t.Extensions), -t.Extensions * s.Extension);
        }
    }

    // A total above its cap counts as the cap, and a line gives back (deductions) or takes back (additions) the rest.
    internal static decimal Capped(decimal total, decimal cap, Func<decimal, decimal, Words> words, List<ScoreLine> lines, int sign)
    {
        if (total <= cap)
        {
            return total;
        }

        lines.Add(new ScoreLine(null, words(total, cap), sign * (total - cap)));
        return cap;
    }
}
