namespace Luoshi.Domain.Plans;

/// <summary>A task (重点任务) of the plan: one sentence of work, its units, leader and deadline, and its targets.</summary>
/// <remarks>Named PlanTask so it never shadows System.Threading.Tasks.Task.</remarks>
public sealed class PlanTask
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>The plan it belongs to.</summary>
    public int PlanId { get; set; }

    /// <summary>The task number in the breakdown (T15), unique within the plan.</summary>
    public required string Code { get; set; }

    /// <summary>The code of its section.</summary>
    public required string SectionCode { get; set; }

    /// <summary>The work item it serves (切实保障和改善民生), or null.</summary>
    public string? WorkItem { get; set; }

    /// <summary>The task's sentence as the report states it.</summary>
    public required string Text { get; set; }

    /// <summary>Where the sentence stands in the report text.</summary>
    public SourceSpan Span { get; set; }

    /// <summary>The lead unit (牵头单位), by name as the ledger shows it; null until assigned.</summary>
    public string? LeadUnit { get; set; }

    /// <summary>Supporting units (配合单位), in order.</summary>
    public List<string> SupportingUnits { get; set; } = [];

    /// <summary>True while the units are the parser's suggestion and nobody has confirmed them.</summary>
    public bool UnitsSuggested { get; set; }

    /// <summary>The responsible leader (责任领导).</summary>
    public string? Leader { get; set; }

    /// <summary>The deadline (完成时限) of the task as a whole.</summary>
    public DateOnly Deadline { get; set; }

    /// <summary>The measurable targets of the task.</summary>
    public List<Target> Targets { get; set; } = [];
}
