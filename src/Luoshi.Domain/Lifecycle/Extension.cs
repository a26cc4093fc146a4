namespace Luoshi.Domain.Lifecycle;

/// <summary>Where an extension request (延期申请) is.</summary>
public enum ExtensionState
{
    /// <summary>Waiting for the office.</summary>
    Requested,

    /// <summary>Granted: the task's deadline is the proposed one; the original is kept.</summary>
    Granted,

    /// <summary>Refused: the deadline stays.</summary>
    Refused,
}

/// <summary>A lead unit's request for a later deadline and the office's decision.</summary>
/// <param name="OriginalDeadline">The deadline the task had when the request was made (kept and shown beside the new one).</param>
public sealed record Extension(
    int Id, DateOnly RequestedOn, string Reason, DateOnly OriginalDeadline, DateOnly ProposedDeadline, ExtensionState State,
    DateOnly? DecidedOn = null, string? DecisionNote = null)
{
    /// <summary>True when granted on or before <paramref name="day"/>.</summary>
    public bool GrantedBy(DateOnly day) => State == ExtensionState.Granted && DecidedOn is { } d && d <= day;
}
