using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;

namespace Luoshi.Domain.Reading;

/// <summary>One task as of one day: its targets' readings, its sent reports and what they said, its supervision
/// (lifecycle) and the status all of them give it.</summary>
/// <param name="Sent">The task's sent reports of the periods begun by the reading's day, in period order.</param>
/// <param name="Narratives">The task's sent reports' words for the periods begun by the reading's day, in period order;
/// empty when the reading was made without them.</param>
/// <param name="Lifecycle">The task's assignment, sign-off, milestones, extensions, notices and close; null for a task
/// never assigned through the lifecycle.</param>
/// <param name="Status">The task's status on the reading's day (<see cref="TaskProgressRule"/>).</param>
public sealed record TaskReading(
    PlanTask Task, Section? Section, IReadOnlyList<TargetReading> Targets, IReadOnlyList<SentReport> Sent, IReadOnlyList<TaskNarrative> Narratives,
    TaskLifecycle? Lifecycle, TaskProgress Status)
{
    /// <summary>What the reading was worked out from, for a later reading to keep it when nothing changed.</summary>
    internal TaskInputs? Inputs { get; init; }

    /// <summary>The task's code (T16).</summary>
    public string Code => Task.Code;

    /// <summary>The latest report sent, whose words a ledger repeats.</summary>
    public TaskNarrative? LatestSent => Narratives.Count == 0 ? null : Narratives[^1];

    /// <summary>The latest approved report of a period up to <paramref name="period"/>, which a notice quotes.</summary>
    public TaskNarrative? LatestApproved(int period) =>
        Narratives.LastOrDefault(n => n.State == ReportState.Approved && n.Period <= period);

    /// <summary>True when <paramref name="unit"/> leads or supports the task.</summary>
    public bool Involves(string unit) => Task.LeadUnit == unit || Task.SupportingUnits.Contains(unit, StringComparer.Ordinal);

    /// <summary>The deadline in force on <paramref name="day"/> (an extension's, once granted).</summary>
    public DateOnly DeadlineOn(DateOnly day) => Lifecycle?.DeadlineOn(day) ?? Task.Deadline;

    /// <summary>The stage of the task's supervision now (not as of a day: stages change by the office's steps).</summary>
    public TaskStage Stage => Lifecycle?.Stage ?? TaskStage.Unassigned;
}
