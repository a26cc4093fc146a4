using Luoshi.Domain.Assessment;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;

namespace Luoshi.Storage.SelfAssessments;

/// <summary>What each self-assessment step checks and writes; who may take it in which state was asked before.</summary>
internal static class SelfAssessmentSteps
{
    public static StepChange Submit(SelfAssessmentContext c, SelfAssessmentClaim claim)
    {
        var tidy = new SelfAssessmentClaim(claim.Tasks, [.. claim.Claims.Select(p => p with { Explanation = p.Explanation?.Trim() ?? "" })], claim.Explanation?.Trim());
        return FinalScoring.Check(c.Review.Tasks, c.Scheme, tidy) is { } bad ? StepChange.Refused(bad)
            : StepChange.Writes(row => (row.TaskPoints, row.Claims, row.Explanation, row.Adjustments) = ([.. tidy.Tasks], [.. tidy.Claims], tidy.Explanation, []));
    }

    public static StepChange Return(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return StepChange.Refused(new Problem(Catalogue.Closing.Needed(Catalogue.SelfAssessment.ReturnReason), Place.OfField("reason")));
        }

        return TextRules.Block(reason.Trim(), TextRules.Note) is { } bad ? StepChange.Refused(new Problem(bad, Place.OfField("reason")))
            : StepChange.Writes(row => row.ReturnReason = reason.Trim());
    }

    public static StepChange Confirm(SelfAssessmentContext c, IReadOnlyList<ScoreAdjustment> adjustments)
    {
        var tidy = adjustments.Select(a => a with { Reason = a.Reason?.Trim() ?? "" }).ToList();
        // The score the office adjusts is the unit's as submitted, without adjustments.
        var unadjusted = FinalScoring.Score(c.Review.Unit, c.Review.Tasks, c.Scheme, c.Review.Assessment!.Claim, [], SelfAssessmentState.Submitted);
        return FinalScoring.CheckAdjustments(unadjusted, c.Review.Tasks, c.Scheme, tidy) is { } bad ? StepChange.Refused(bad)
            : StepChange.Writes(row => row.Adjustments = tidy);
    }
}
