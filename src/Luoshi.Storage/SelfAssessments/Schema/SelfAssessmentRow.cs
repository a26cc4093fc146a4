using Luoshi.Domain.Assessment;

namespace Luoshi.Storage.SelfAssessments.Schema;

/// <summary>self_assessments: one lead unit's self-assessment (自评) of a plan year and the office's review of it; the
/// points, claims and adjustments as JSON, since they are only ever read whole with their row.</summary>
internal sealed class SelfAssessmentRow
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public required string Unit { get; set; }

    public SelfAssessmentState State { get; set; }

    public List<TaskPoints> TaskPoints { get; set; } = [];

    public List<PointClaim> Claims { get; set; } = [];

    public string? Explanation { get; set; }

    public string? ReturnReason { get; set; }

    public DateOnly? SubmittedOn { get; set; }

    public string? SubmittedBy { get; set; }

    public List<ScoreAdjustment> Adjustments { get; set; } = [];

    public DateOnly? ConfirmedOn { get; set; }

    public string? ConfirmedBy { get; set; }

    public int Version { get; set; }

    /// <summary>Closing corrections that changed the confirmed self-assessment, as JSON (empty for most).</summary>
    public List<SelfAssessmentCorrection> Corrections { get; set; } = [];

    public SelfAssessment ToDomain() => new(Unit, State, new SelfAssessmentClaim(TaskPoints, Claims, Explanation), ReturnReason,
        SubmittedOn, SubmittedBy, Adjustments, ConfirmedOn, ConfirmedBy, Version) { Corrections = Corrections };
}
