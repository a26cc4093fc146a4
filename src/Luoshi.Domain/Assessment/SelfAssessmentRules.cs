using Luoshi.Domain.Access;
using Luoshi.Domain.Closing;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Assessment;

/// <summary>The one home of who may take which self-assessment step in which state: the unit submits its own, the
/// office returns or confirms; leaders and other units read at most. Storage asks it before every write; pages ask it
/// which forms to show.</summary>
public static class SelfAssessmentRules
{
    /// <summary>The states in which <paramref name="step"/> may be taken.</summary>
    public static IReadOnlyList<SelfAssessmentState> StatesFor(SelfAssessmentStep step) => step == SelfAssessmentStep.Submit
        ? [SelfAssessmentState.Pending, SelfAssessmentState.Returned]
        : [SelfAssessmentState.Submitted];

    /// <summary>Why an account of <paramref name="role"/> (of <paramref name="actorUnit"/>) may not take
    /// <paramref name="step"/> on <paramref name="unit"/>'s self-assessment in <paramref name="state"/>, or null.
    /// Forbidden for the wrong part, Conflict for the wrong state.</summary>
    public static Problem? Refusal(AccountRole role, string? actorUnit, string unit, SelfAssessmentStep step, SelfAssessmentState state)
    {
        var office = role is AccountRole.Office or AccountRole.Administrator;
        Words? wrongPart = role switch
        {
            AccountRole.Leader => Catalogue.Closing.LeaderReadsOnly,
            _ when step == SelfAssessmentStep.Submit && office => Catalogue.SelfAssessment.OnlyUnitSubmits,
            _ when step == SelfAssessmentStep.Submit && actorUnit != unit => Catalogue.SelfAssessment.NotYourUnit,
            _ when step != SelfAssessmentStep.Submit && !office => Catalogue.SelfAssessment.OnlyOffice(step),
            _ => null,
        };
        if (wrongPart is { } words)
        {
            return new Problem(words, Kind: ProblemKind.Forbidden);
        }

        return StatesFor(step).Contains(state) ? null
            : new Problem(state == SelfAssessmentState.Confirmed ? Catalogue.SelfAssessment.Frozen : Catalogue.SelfAssessment.WrongState(step, state), Kind: ProblemKind.Conflict);
    }

    /// <summary>A confirmed self-assessment after the office corrected the closing result of one of its tasks from
    /// <paramref name="before"/> to <paramref name="after"/> (docs/closing.md): as the correction leaves the account
    /// confirmed and changes its result, the self-assessment stays confirmed, the task's points become the corrected
    /// result's by <paramref name="scheme"/>, and the correction is kept with it so every output says the score was
    /// corrected after confirmation. Null when nothing changes: not confirmed (a submitted one is reviewed against the
    /// corrected result; a returned or pending one is submitted again), or the task not among its points.</summary>
    public static SelfAssessment? AfterCorrection(
        SelfAssessment assessment, ScoringScheme scheme, string task, ClosingResult before, ClosingResult after, string reason, DateOnly on, string by)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(scheme);
        if (assessment.State != SelfAssessmentState.Confirmed || assessment.Claim.Tasks.FirstOrDefault(p => p.Task == task) is not { } claimed)
        {
            return null;
        }

        var points = scheme.PointsOf(after);
        var tasks = assessment.Claim.Tasks.Select(p => p.Task == task ? p with { Points = points } : p).ToList();
        return assessment with
        {
            Claim = assessment.Claim with { Tasks = tasks },
            Corrections = [.. assessment.Corrections, new SelfAssessmentCorrection(task, before, after, claimed.Points, points, reason, on, by)],
        };
    }

    /// <summary>The state after <paramref name="step"/>.</summary>
    public static SelfAssessmentState After(SelfAssessmentStep step) => step switch
    {
        SelfAssessmentStep.Submit => SelfAssessmentState.Submitted,
        SelfAssessmentStep.Return => SelfAssessmentState.Returned,
        _ => SelfAssessmentState.Confirmed,
    };
}
