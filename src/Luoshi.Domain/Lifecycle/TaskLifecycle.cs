namespace Luoshi.Domain.Lifecycle;

/// <summary>What the ledger holds of one task's supervision: its assignment and sign-off, its close, its milestones,
/// extensions and supervision notices. Days, not instants: the status as of any day is read from them.</summary>
/// <param name="SignDue">The last day to sign, worked out from the office's limit in working days when assigned.</param>
/// <param name="CloseRequestedOn">The day of the close request waiting for review (null when none waits).</param>
/// <param name="OriginalDeadline">The task's deadline before any extension.</param>
public sealed record TaskLifecycle(
    TaskStage Stage,
    DateOnly AssignedOn,
    DateOnly SignDue,
    DateOnly? SignedOn,
    DateOnly? CloseRequestedOn,
    DateOnly? ClosedOn,
    string? ClosedBy,
    DateOnly OriginalDeadline,
    IReadOnlyList<Milestone> Milestones,
    IReadOnlyList<Extension> Extensions,
    IReadOnlyList<SupervisionNotice> Notices)
{
    /// <summary>True when assigned by <paramref name="day"/>.</summary>
    public bool IsAssignedBy(DateOnly day) => AssignedOn <= day;

    /// <summary>True when signed by <paramref name="day"/>.</summary>
    public bool IsSignedBy(DateOnly day) => SignedOn is { } d && d <= day;

    /// <summary>True when signed after its limit (or, unsigned, when the limit has passed on <paramref name="day"/>).</summary>
    public bool SignedLate(DateOnly day) => IsSignedBy(day) ? SignedOn > SignDue : day > SignDue;

    /// <summary>True when closed (销号) by <paramref name="day"/>.</summary>
    public bool IsClosedBy(DateOnly day) => ClosedOn is { } d && d <= day;

    /// <summary>The extension granted last by <paramref name="day"/>, if any.</summary>
    public Extension? GrantedExtension(DateOnly day) => Extensions.Where(e => e.GrantedBy(day)).MaxBy(e => e.DecidedOn);

    /// <summary>The deadline in force on <paramref name="day"/>: the last granted extension's, else the original.</summary>
    public DateOnly DeadlineOn(DateOnly day) => GrantedExtension(day)?.ProposedDeadline ?? OriginalDeadline;
}
