using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;

namespace Luoshi.Documents.Ledger;

/// <summary>One line of the ledger workbook: a target of a task, or a task without targets.</summary>
/// <param name="Periods">What each period shows: the reported value and, once the period is past due, its status.</param>
/// <param name="Latest">The task's latest sent report, whose 进展情况 / 存在问题 / 下一步措施 the row repeats.</param>
internal sealed record LedgerRow(
    string Section,
    PlanTask Task,
    Target? Target,
    IReadOnlyList<PeriodCell> Periods,
    TargetEvaluation? Now,
    ProgressReport? Latest);

/// <summary>A target's cell pair for one period.</summary>
/// <param name="Value">The value as approved, or as submitted while it awaits review (<paramref name="Pending"/>).</param>
/// <param name="Done">The day a milestone was reported done, when it was.</param>
internal readonly record struct PeriodCell(decimal? Value, DateOnly? Done, bool Pending, TargetStatus? Status);
