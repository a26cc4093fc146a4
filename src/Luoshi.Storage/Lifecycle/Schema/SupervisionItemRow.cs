using Luoshi.Domain.Lifecycle;

namespace Luoshi.Storage.Lifecycle.Schema;

/// <summary>supervision_items: items supervised from other sources than the work report (批示件, 会议议定事项, 上级交办,
/// 人大建议, 政协提案), numbered per year and source (2022-批示-015), in the same lifecycle as tasks.</summary>
internal sealed class SupervisionItemRow
{
    public int Id { get; set; }

    public required string Number { get; set; }

    public int Year { get; set; }

    public ItemSource Source { get; set; }

    public int Sequence { get; set; }

    public required string Title { get; set; }

    public required string SourceDocument { get; set; }

    public string? Leader { get; set; }

    public required string LeadUnit { get; set; }

    public DateOnly Due { get; set; }

    public TaskStage Stage { get; set; }

    public DateOnly AssignedOn { get; set; }

    public DateOnly SignDue { get; set; }

    public DateOnly? SignedOn { get; set; }

    public DateOnly? CloseRequestedOn { get; set; }

    public string? Reply { get; set; }

    public Satisfaction? Satisfaction { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? ClosedBy { get; set; }

    public bool Demo { get; set; }
}
