using Luoshi.Domain.Closing;

namespace Luoshi.Domain.Assessment;

/// <summary>One lead unit in the year's assessment: the tasks it leads, its score by the scheme alone, its
/// self-assessment (null before it submits) and the score that self-assessment and the office's adjustments give.</summary>
public sealed record UnitReview(string Unit, IReadOnlyList<AssessedTask> Tasks, UnitScore ByScheme, SelfAssessment? Assessment, UnitScore? Scored)
{
    /// <summary>Where the self-assessment stands.</summary>
    public SelfAssessmentState State => Assessment?.State ?? SelfAssessmentState.Pending;

    /// <summary>The score that counts: the confirmed one, else the scheme's alone.</summary>
    public UnitScore Counted => State == SelfAssessmentState.Confirmed ? Scored! : ByScheme with { Review = State };
}

/// <summary>The year's assessment: every lead unit's review and the ranking, which ranks a unit by its confirmed final
/// score and, until the office confirms it, by the scheme alone (marked so). Every output of the ranking renders this.</summary>
public sealed record AssessmentBoard(ScoringScheme Scheme, IReadOnlyList<UnitReview> Units, IReadOnlyList<UnitScore> Ranking)
{
    /// <summary>The review of <paramref name="unit"/>, or null when it leads no task.</summary>
    public UnitReview? Unit(string unit) => Units.FirstOrDefault(u => u.Unit == unit);

    /// <summary>The board of a year's closing, by its scheme, with the units' self-assessments.</summary>
    public static AssessmentBoard Of(ClosingReading closing, ScoringScheme scheme, IReadOnlyList<SelfAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(closing);
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(assessments);
        var units = AssessedTask.Of(closing, scheme).GroupBy(t => t.LeadUnit).Select(g =>
        {
            var tasks = g.ToList();
            var own = assessments.FirstOrDefault(a => a.Unit == g.Key);
            var scored = own is null ? null : FinalScoring.Score(g.Key, tasks, scheme, own.Claim, own.Adjustments, own.State, own.Corrections);
            return new UnitReview(g.Key, tasks, UnitScoring.Score(g.Key, tasks, scheme), own, scored);
        }).ToList();
        var ranking = UnitScoring.Ranked(units.Select(u => u.Counted));
        return new AssessmentBoard(scheme, [.. units.OrderBy(u => ranking.First(r => r.Unit == u.Unit).Rank).ThenBy(u => u.Unit, StringComparer.Ordinal)], ranking);
    }
}
