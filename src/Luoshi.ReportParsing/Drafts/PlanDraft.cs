namespace Luoshi.ReportParsing.Drafts;

/// <summary>The draft task breakdown (任务分解表) parsed from one work report, for people to review and assign.</summary>
/// <remarks>Flat lists joined by ids, so that storage and other tools can take it row by row.</remarks>
/// <param name="Dropped">The numbers in tasks that are not targets, with why; only when explanations were asked for.</param>
public sealed record PlanDraft(
    string Source,
    string? Region,
    int Year,
    IReadOnlyList<SectionDraft> Sections,
    IReadOnlyList<WorkItemDraft> WorkItems,
    IReadOnlyList<TaskDraft> Tasks,
    IReadOnlyList<TargetDraft> Targets,
    IReadOnlyList<DroppedNumber>? Dropped = null);
