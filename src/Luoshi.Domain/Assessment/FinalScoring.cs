using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Assessment;

/// <summary>The one rule of a unit's score after its self-assessment (docs/closing.md “Self-assessment”): the base is
/// the weighted mean of the result points the unit gave itself per task; the scheme's deductions and additions from
/// the data always count; the unit's own claims count beside them, all within the scheme's caps; the office's
/// adjustments count last. Every point is a line saying where it came from, so the final is the base plus its lines.</summary>
public static class FinalScoring
{
    /// <summary>The score of <paramref name="unit"/> over the tasks it leads: by its <paramref name="claim"/> and the
    /// office's <paramref name="adjustments"/>, or, when <paramref name="claim"/> is null, by the scheme alone — each
    /// task's points for its confirmed result (UnitScoring.Score, the ranking before any self-assessment).</summary>
    public static UnitScore Score(
        string unit, IReadOnlyList<AssessedTask> tasks, ScoringScheme scheme, SelfAssessmentClaim? claim,
        IReadOnlyList<ScoreAdjustment> adjustments, SelfAssessmentState? state) =>
        Score(unit, tasks, scheme, claim, adjustments, state, []);

    /// <summary>The score of <paramref name="unit"/> as above, its points already following the closing
    /// <paramref name="corrections"/> made after confirmation, each of which adds a line (no points of its own) saying so.</summary>
    public static UnitScore Score(
        string unit, IReadOnlyList<AssessedTask> tasks, ScoringScheme scheme, SelfAssessmentClaim? claim,
        IReadOnlyList<ScoreAdjustment> adjustments, SelfAssessmentState? state, IReadOnlyList<SelfAssessmentCorrection> corrections)
    {
        ArgumentNullException.ThrowIfNull(corrections);
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(adjustments);
        var lines = new List<ScoreLine>();
        decimal weighted = 0, weights = 0;
        foreach (var t in tasks)
        {
            var w = scheme.WeightOf(t.Section);
            var byScheme = scheme.PointsOf(t.Result);
            var p = claim is null ? byScheme : claim.Tasks.FirstOrDefault(c => c.Task == t.Code)?.Points ?? byScheme;
            (weighted, weights) = (weighted + w * p, weights + w);
            lines.Add(claim is null ? new ScoreLine(t.Code, Catalogue.Assessment.ResultPoints(t.Result, w, p), 0m)
                : new ScoreLine(t.Code, Catalogue.SelfAssessment.ClaimedPoints(p, w, t.Result, byScheme), 0m, ScoreSource.SelfAssessment));
        }

        var baseScore = weights == 0 ? 0m : Math.Round(weighted / weights, 2);
        var claimed = (claim?.Claims ?? []).Select(c => new ScoreLine(c.Task, Catalogue.SelfAssessment.Claimed(c.Explanation), c.Points, ScoreSource.SelfAssessment)).ToList();
        var deductions = tasks.SelectMany(t => Deductions(t, scheme)).Concat(claimed.Where(c => c.Points < 0)).ToList();
        var additions = tasks.Where(t => t.ClosedEarly && scheme.EarlyClose > 0).Select(t => new ScoreLine(t.Code, Catalogue.Assessment.EarlyClose, scheme.EarlyClose))
            .Concat(claimed.Where(c => c.Points > 0))
            .ToList();
        lines.AddRange(deductions);
        lines.AddRange(additions);
        var deducted = Capped(-deductions.Sum(l => l.Points), scheme.DeductionCap, Catalogue.Assessment.DeductionCapped, lines, 1);
        var added = Capped(additions.Sum(l => l.Points), scheme.AdditionCap, Catalogue.Assessment.AdditionCapped, lines, -1);
        lines.AddRange(adjustments.Select(a => new ScoreLine(a.Task, Catalogue.SelfAssessment.Adjusted(a.Reason), a.Points, ScoreSource.Office)));
        lines.AddRange(corrections.Select(c => new ScoreLine(c.Task, Catalogue.SelfAssessment.CorrectedAfterConfirmation(c), 0m, ScoreSource.Office)));
        var adjusted = adjustments.Sum(a => a.Points);
        return new UnitScore(unit, baseScore, deducted, added, baseScore - deducted + added + adjusted, 0, lines, adjusted, state);
    }

    /// <summary>The highest score the scheme allows: full result points and every addition up to its cap.</summary>
    public static decimal Highest(ScoringScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return scheme.Done + scheme.AdditionCap;
    }

    /// <summary>What is wrong with a unit's <paramref name="claim"/> over the tasks it leads, or null: every task given
    /// one of the scheme's result points, no other task, each claim non-zero with its explanation, claimed additions and
    /// deductions within the caps, and the explanation.</summary>
    public static Problem? Check(IReadOnlyList<AssessedTask> tasks, ScoringScheme scheme, SelfAssessmentClaim claim)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(claim);
        var codes = tasks.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var allowed = new[] { scheme.Done, scheme.BasicallyDone, scheme.NotDone };
        foreach (var p in claim.Tasks)
        {
            if (!codes.Contains(p.Task))
            {
                return Bad(Catalogue.SelfAssessment.NotYourTask(p.Task), "points");
            }

            if (!allowed.Contains(p.Points))
            {
                return Bad(Catalogue.SelfAssessment.NotSchemePoints(p.Task, p.Points, scheme), "points");
            }
        }

        if (tasks.FirstOrDefault(t => claim.Tasks.All(p => p.Task != t.Code)) is { } missing)
        {
            return Bad(Catalogue.SelfAssessment.PointsNeeded(missing.Code), "points");
        }

        return Claims(codes, scheme, claim.Claims) ?? Text(claim.Explanation, Catalogue.SelfAssessment.ExplanationField, "explanation", TextRules.Narrative);
    }

    /// <summary>What is wrong with the office's <paramref name="adjustments"/> of <paramref name="score"/> (the score
    /// without them), or null: each non-zero with its reason, on one of the unit's tasks when on any, and the final
    /// neither below 0 nor above the scheme's highest.</summary>
    public static Problem? CheckAdjustments(UnitScore score, IReadOnlyList<AssessedTask> tasks, ScoringScheme scheme, IReadOnlyList<ScoreAdjustment> adjustments)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(adjustments);
        foreach (var a in adjustments)
        {
            if (a.Points == 0)
            {
                return Bad(Catalogue.SelfAssessment.ZeroPoints, "adjustments");
            }

            if (a.Task is { } task && tasks.All(t => t.Code != task))
            {
                return Bad(Catalogue.SelfAssessment.NotYourTask(task), "adjustments");
            }

            if (Text(a.Reason, Catalogue.SelfAssessment.AdjustmentReason, "adjustments", TextRules.Note) is { } bad)
            {
                return bad;
            }
        }

        var final = score.Final + adjustments.Sum(a => a.Points);
        return final < 0m || final > Highest(scheme) ? Bad(Catalogue.SelfAssessment.OutOfRange(final, Highest(scheme)), "adjustments") : null;
    }

    /// <summary>The scheme's deductions of one task (late reports, red targets, 督办单, extensions), each a negative line.</summary>
    private static IEnumerable<ScoreLine> Deductions(AssessedTask t, ScoringScheme s)
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
    private static decimal Capped(decimal total, decimal cap, Func<decimal, decimal, Words> words, List<ScoreLine> lines, int sign)
    {
        if (total <= cap)
        {
            return total;
        }

        lines.Add(new ScoreLine(null, words(total, cap), sign * (total - cap)));
        return cap;
    }

    private static Problem? Claims(HashSet<string> codes, ScoringScheme scheme, IReadOnlyList<PointClaim> claims)
    {
        foreach (var c in claims)
        {
            if (c.Points == 0)
            {
                return Bad(Catalogue.SelfAssessment.ZeroPoints, "claims");
            }

            if (c.Task is { } task && !codes.Contains(task))
            {
                return Bad(Catalogue.SelfAssessment.NotYourTask(task), "claims");
            }

            if (Text(c.Explanation, Catalogue.SelfAssessment.ClaimExplanation, "claims", TextRules.Note) is { } bad)
            {
                return bad;
            }
        }

        var added = claims.Where(c => c.Points > 0).Sum(c => c.Points);
        var deducted = -claims.Where(c => c.Points < 0).Sum(c => c.Points);
        return added > scheme.AdditionCap ? Bad(Catalogue.SelfAssessment.AboveCap(true, added, scheme.AdditionCap), "claims")
            : deducted > scheme.DeductionCap ? Bad(Catalogue.SelfAssessment.AboveCap(false, deducted, scheme.DeductionCap), "claims")
            : null;
    }

    private static Problem? Text(string? text, Words field, string place, int max) =>
        string.IsNullOrWhiteSpace(text) ? Bad(Catalogue.Closing.Needed(field), place)
            : (max == TextRules.Note ? TextRules.Line(text.Trim(), max) : TextRules.Block(text.Trim(), max)) is { } wrong ? Bad(wrong, place)
            : null;

    private static Problem Bad(Words words, string field) => new(words, Place.OfField(field));
}
