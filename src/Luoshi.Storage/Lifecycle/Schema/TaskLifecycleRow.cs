using Luoshi.Domain.Lifecycle;

namespace Luoshi.Storage.Lifecycle.Schema;

/// <summary>task_lifecycles: one row per assigned task — its assignment, sign-off and close.</summary>
internal sealed class TaskLifecycleRow
{
    public int TaskId { get; set; }

    public TaskStage Stage { get; set; }

    public DateOnly AssignedOn { get; set; }

    public required string AssignedBy { get; set; }

    public DateOnly SignDue { get; set; }

    public DateOnly? SignedOn { get; set; }

    public string? SignedBy { get; set; }

    public DateOnly OriginalDeadline { get; set; }

    public DateOnly? CloseRequestedOn { get; set; }

    public string? CloseSummary { get; set; }

    public string? CloseReturnReason { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? ClosedBy { get; set; }

    /// <summary>Every write advances it; the concurrency token.</summary>
    public int Version { get; set; }
}
