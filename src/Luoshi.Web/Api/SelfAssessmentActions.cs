using Luoshi.Domain.Assessment;
using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.SelfAssessments;

namespace Luoshi.Web.Api;

/// <summary>What a self-assessment step may carry; each step reads the fields it needs.</summary>
/// <param name="Points">报送: the result points per task.</param>
/// <param name="Claims">报送: additions (positive) and deductions (negative) claimed, each with its explanation.</param>
/// <param name="Reason">退回: why.</param>
/// <param name="Adjustments">确认: the office's adjustments, each with its reason.</param>
public sealed record SelfAssessmentBody(
    IReadOnlyList<TaskPoints>? Points = null, IReadOnlyList<PointClaim>? Claims = null, string? Explanation = null, string? Reason = null,
    IReadOnlyList<ScoreAdjustment>? Adjustments = null);

/// <summary>The self-assessment steps by their names in a URL (submit, return, confirm). Pages and the API take steps
/// through here.</summary>
public static class SelfAssessmentActions
{
    /// <summary>The step named <paramref name="name"/>, or null.</summary>
    public static SelfAssessmentStep? Parse(string? name) => name switch
    {
        "submit" => SelfAssessmentStep.Submit,
        "return" => SelfAssessmentStep.Return,
        "confirm" => SelfAssessmentStep.Confirm,
        _ => null,
    };

    /// <summary>The name of <paramref name="step"/> in a URL.</summary>
    public static string Name(SelfAssessmentStep step) => step.ToString().ToLowerInvariant();

    /// <summary>An unknown step's refusal.</summary>
    public static Problem Unknown(string? name) => new(Catalogue.Closing.UnknownStep(name ?? ""), Place.OfField("step"), ProblemKind.NotFound);

    /// <summary>Takes <paramref name="step"/> on <paramref name="unit"/>'s self-assessment as <paramref name="actor"/>.</summary>
    public static Task<StoreResult> TakeAsync(SelfAssessmentLedger l, int plan, string unit, LifecycleActor actor, SelfAssessmentStep step, SelfAssessmentBody b, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(b);
        return step switch
        {
            SelfAssessmentStep.Submit => l.SubmitAsync(plan, unit, actor, new SelfAssessmentClaim(b.Points ?? [], b.Claims ?? [], b.Explanation), ct),
            SelfAssessmentStep.Return => l.ReturnAsync(plan, unit, actor, b.Reason, ct),
            _ => l.ConfirmAsync(plan, unit, actor, b.Adjustments ?? [], ct),
        };
    }
}
