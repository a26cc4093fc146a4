using Luoshi.Domain.Closing;

namespace Luoshi.Domain.Assessment;

/// <summary>Where a unit's self-assessment (自评) stands.</summary>
public enum SelfAssessmentState
{
    /// <summary>未报送: the unit has not submitted.</summary>
    Pending,

    /// <summary>待审核: submitted, waiting for the office.</summary>
    Submitted,

    /// <summary>已退回: returned by the office with a reason; the unit resubmits.</summary>
    Returned,

    /// <summary>已确认: confirmed by the office (with its adjustments) and frozen: the unit's final score.</summary>
    Confirmed,
}

/// <summary>A step of the self-assessment review.</summary>
public enum SelfAssessmentStep
{
    /// <summary>报送自评 (the lead unit, pending or returned).</summary>
    Submit,

    /// <summary>退回自评 (the office, submitted).</summary>
    Return,

    /// <summary>确认自评 (the office, submitted), possibly adjusting points.</summary>
    Confirm,
}

/// <summary>The points a unit gives itself for one task's result: one of the scheme's 完成 / 基本完成 / 未完成 points.</summary>
public sealed record TaskPoints(string Task, decimal Points);

/// <summary>A deduction (negative) or addition (positive) the unit claims beyond what the data show, with why
/// (e.g. +2 获省级表彰), optionally against one of its tasks.</summary>
public sealed record PointClaim(string? Task, decimal Points, string Explanation);

/// <summary>A change the office makes to the unit's score when confirming it, with its reason, optionally on a task.</summary>
public sealed record ScoreAdjustment(string? Task, decimal Points, string Reason);

/// <summary>What a lead unit submits as its self-assessment: points per task result, its claims and a short explanation.</summary>
public sealed record SelfAssessmentClaim(IReadOnlyList<TaskPoints> Tasks, IReadOnlyList<PointClaim> Claims, string? Explanation);

/// <summary>A closing result the office corrected (更正交账结果) after it had confirmed the unit's self-assessment: the
/// task's points moved from <paramref name="PointsBefore"/> to the corrected result's <paramref name="PointsAfter"/>,
/// with the correction's reason, day and who made it.</summary>
public sealed record SelfAssessmentCorrection(
    string Task, ClosingResult Before, ClosingResult After, decimal PointsBefore, decimal PointsAfter, string Reason, DateOnly On, string By);

/// <summary>A lead unit's self-assessment for a plan year and the office's review of it.</summary>
public sealed record SelfAssessment(
    string Unit,
    SelfAssessmentState State,
    SelfAssessmentClaim Claim,
    string? ReturnReason,
    DateOnly? SubmittedOn,
    string? SubmittedBy,
    IReadOnlyList<ScoreAdjustment> Adjustments,
    DateOnly? ConfirmedOn,
    string? ConfirmedBy,
    int Version)
{
    /// <summary>The closing corrections that changed the confirmed self-assessment, oldest first (none unless the
    /// office corrected a task's result after confirming it).</summary>
    public IReadOnlyList<SelfAssessmentCorrection> Corrections { get; init; } = [];
}
