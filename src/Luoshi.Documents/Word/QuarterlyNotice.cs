using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Standings;

namespace Luoshi.Documents.Word;

/// <summary>What the quarterly notice (通报) says, read from the ledger before any of it is laid out: the counts by
/// status, each report section's tasks, the tasks behind schedule, the unit ranking and the red targets' histories.</summary>
/// <param name="TaskCount">Every task of the plan, with or without a target.</param>
/// <param name="TaskTotals">The tasks by status (the plan's reading's).</param>
/// <param name="Issuer">The office that issues the notice, signed at its end.</param>
/// <param name="Date">The date under the signature.</param>
/// <param name="DocumentNumber">The notice's 文号 (四府督通〔2022〕3号), printed above its title when given.</param>
public sealed record QuarterlyNotice(
    string Region,
    int Year,
    NoticePeriod Period,
    string Issuer,
    DateOnly Date,
    int TaskCount,
    IReadOnlyDictionary<TaskStatusKind, int> TaskTotals,
    StatusCounts Totals,
    IReadOnlyList<NoticeSection> Sections,
    IReadOnlyList<NoticeTask> Behind,
    IReadOnlyList<UnitStanding> Ranking,
    IReadOnlyList<TargetHistory> RedTargets,
    string? DocumentNumber = null)
{
    /// <summary>关于2022年第三季度政府工作报告重点任务落实情况的通报.</summary>
    public string Title => $"关于{Period.Name}政府工作报告重点任务落实情况的通报";
}

/// <summary>A top-level section of the report with its tasks (those of its subsections too), in the plan's order.
/// An untitled section (the report's opening part) is named by its tasks' work items.</summary>
public sealed record NoticeSection(string? Number, string Title, StatusCounts Counts, IReadOnlyList<NoticeTask> Tasks);

/// <summary>A task as the notice reports it: its targets where they stand, and the latest approved 进展情况.</summary>
/// <param name="WorkItem">The work item (工作事项) the task is listed under, when the breakdown names one.</param>
/// <param name="Progress">进展情况 of the latest approved report up to the notice's period, or null when none.</param>
/// <param name="ProgressPeriod">That report's period name (2022-09).</param>
/// <param name="Status">The task's status as of the notice's day.</param>
public sealed record NoticeTask(
    string Code, string? WorkItem, string Text, string? LeadUnit, IReadOnlyList<string> SupportingUnits, IReadOnlyList<NoticeTarget> Targets,
    string? Progress, string? ProgressPeriod, TaskProgress Status)
{
    /// <summary>Lagging as the notice lists it: a target behind, or the task itself 欠进度, 未报送 or 未签收.</summary>
    public bool IsBehind => Targets.Any(t => t.IsBehind) || Status.Kind is TaskStatusKind.Behind or TaskStatusKind.NotReported or TaskStatusKind.NotSigned;
}

/// <summary>A target of the plan with its evaluation as of the notice's day.</summary>
public sealed record NoticeTarget(Target Target, TargetEvaluation Evaluation)
{
    /// <summary>Behind schedule as the notice lists it: 滞后, 严重滞后, 未完成 or 未报送.</summary>
    public bool IsBehind => Evaluation.Status is TargetStatus.Behind or TargetStatus.AtRisk or TargetStatus.Missed or TargetStatus.NotReported;

    /// <summary>Red (严重滞后, 未完成, 未报送): the notice shows its trajectory chart.</summary>
    public bool IsRed => Evaluation.Status is TargetStatus.AtRisk or TargetStatus.Missed or TargetStatus.NotReported;
}
