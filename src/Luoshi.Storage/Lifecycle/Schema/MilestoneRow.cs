using Luoshi.Domain.Lifecycle;

namespace Luoshi.Storage.Lifecycle.Schema;

/// <summary>milestones: a task's proposed or approved milestones (节点).</summary>
internal sealed class MilestoneRow
{
    public int Id { get; set; }

    public int TaskId { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    public DateOnly Due { get; set; }

    public required string Evidence { get; set; }

    public MilestoneState State { get; set; }

    public DateOnly ProposedOn { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? ReturnReason { get; set; }

    public DateOnly? DoneOn { get; set; }

    public string? DoneEvidence { get; set; }

    public Milestone ToDomain() => new(Id, Number, Title, Due, Evidence, State, ProposedOn, DecidedOn, ReturnReason, DoneOn, DoneEvidence);
}
