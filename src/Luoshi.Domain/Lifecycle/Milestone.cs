namespace Luoshi.Domain.Lifecycle;

/// <summary>Where a proposed milestone is in the office's review.</summary>
public enum MilestoneState
{
    /// <summary>Proposed by the lead unit, waiting for the office.</summary>
    Proposed,

    /// <summary>Approved: part of the task's schedule.</summary>
    Approved,

    /// <summary>Returned with a reason; the unit proposes again.</summary>
    Returned,
}

/// <summary>A dated milestone (节点) of a task with the evidence it needs; for a task without a target, its approved
/// milestones are what "on schedule" means.</summary>
/// <param name="Number">1-based, in the order the unit proposed them.</param>
/// <param name="Evidence">What proves it done (验收报告、投用照片…).</param>
/// <param name="DecidedOn">The day the office approved or returned it.</param>
/// <param name="DoneOn">The day the unit reported it done.</param>
/// <param name="DoneEvidence">What the unit gave as evidence (a note or attachment names).</param>
public sealed record Milestone(
    int Id, int Number, string Title, DateOnly Due, string Evidence, MilestoneState State, DateOnly ProposedOn,
    DateOnly? DecidedOn = null, string? ReturnReason = null, DateOnly? DoneOn = null, string? DoneEvidence = null)
{
    /// <summary>True when the milestone counts on <paramref name="day"/>: approved by then.</summary>
    public bool CountsOn(DateOnly day) => State == MilestoneState.Approved && DecidedOn is { } d && d <= day;

    /// <summary>True when it was done by <paramref name="day"/>.</summary>
    public bool DoneBy(DateOnly day) => DoneOn is { } d && d <= day;

    /// <summary>Days past due on <paramref name="day"/> while not done (0 when not late).</summary>
    public int DaysLate(DateOnly day) => DoneBy(day) || day <= Due ? 0 : day.DayNumber - Due.DayNumber;
}
