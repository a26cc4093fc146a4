using Luoshi.Domain.Lifecycle;

namespace Luoshi.Storage.Lifecycle.Schema;

/// <summary>extension_requests: a lead unit's 延期申请 and the office's decision; the original deadline is kept.</summary>
internal sealed class ExtensionRow
{
    public int Id { get; set; }

    public int TaskId { get; set; }

    public DateOnly RequestedOn { get; set; }

    public required string Reason { get; set; }

    public DateOnly OriginalDeadline { get; set; }

    public DateOnly ProposedDeadline { get; set; }

    public ExtensionState State { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? DecisionNote { get; set; }

    public Extension ToDomain() => new(Id, RequestedOn, Reason, OriginalDeadline, ProposedDeadline, State, DecidedOn, DecisionNote);
}
