using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;

namespace Luoshi.Domain.Reading;

/// <summary>One task as of one day: its targets' readings, its sent reports and what they said.</summary>
/// <param name="Sent">The task's sent reports of the periods begun by the reading's day, in period order.</param>
/// <param name="Narratives">The task's sent reports' words for the periods begun by the reading's day, in period order;
/// empty when the reading was made without them.</param>
public sealed record TaskReading(
    PlanTask Task, Section? Section, IReadOnlyList<TargetReading> Targets, IReadOnlyList<SentReport> Sent, IReadOnlyList<TaskNarrative> Narratives)
{
    /// <summary>The task's code (T16).</summary>
    public string Code => Task.Code;

    /// <summary>The latest report sent, whose words a ledger repeats.</summary>
    public TaskNarrative? LatestSent => Narratives.Count == 0 ? null : Narratives[^1];

    /// <summary>The latest approved report of a period up to <paramref name="period"/>, which a notice quotes.</summary>
    public TaskNarrative? LatestApproved(int period) =>
        Narratives.LastOrDefault(n => n.State == ReportState.Approved && n.Period <= period);

    /// <summary>True when <paramref name="unit"/> leads or supports the task.</summary>
    public bool Involves(string unit) => Task.LeadUnit == unit || Task.SupportingUnits.Contains(unit, StringComparer.Ordinal);
}
