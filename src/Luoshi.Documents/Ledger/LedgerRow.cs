using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Reading;

namespace Luoshi.Documents.Ledger;

/// <summary>One line of the ledger workbook: a target of a task, or a task without targets.</summary>
/// <param name="Target">The target's reading; null for a task without targets.</param>
/// <param name="Periods">What each period shows: the reported (or computed) value and, once past due, its status.</param>
/// <param name="Latest">The task's latest sent report's words, which the row repeats.</param>
/// <param name="TaskStatus">The task's status on the ledger's day (the reading's), repeated on each of its rows.</param>
/// <param name="Origin">Where a carried task (结转) came from, or null.</param>
internal sealed record LedgerRow(
    string Section,
    PlanTask Task,
    TargetReading? Target,
    IReadOnlyList<PeriodCell> Periods,
    TargetEvaluation? Now,
    TaskNarrative? Latest,
    Domain.Lifecycle.TaskProgress TaskStatus,
    Domain.Years.CarryOrigin? Origin = null);

/// <summary>A target's cell pair for one period.</summary>
/// <param name="Value">The value as approved (or computed), or as submitted while it awaits review (<paramref name="Pending"/>).</param>
/// <param name="Done">The day a milestone was reported done, when it was.</param>
internal readonly record struct PeriodCell(decimal? Value, DateOnly? Done, bool Pending, TargetStatus? Status);
