using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Reading;

namespace Luoshi.Web.Reading;

/// <summary>What the public sees of a plan: only the targets the office marked public, with their goal, figure and
/// status (and for a figure computed from monitoring data, how it was computed) — no report text, no drafts, nothing
/// about accounts.</summary>
public sealed record PublicTarget(
    string Code, string Subject, string Text, string? LeadUnit, Measure Measure, Comparator Comparator, decimal? Value, decimal? Upper,
    string? Unit, DateOnly Deadline, TargetStatus Status, decimal? Actual, string? Computed = null)
{
    /// <summary>The public targets of a plan's reading.</summary>
    public static IReadOnlyList<PublicTarget> Of(PlanReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return [.. reading.Targets.Where(t => t.Target.Public).Select(t => new PublicTarget(
            t.Code, t.Target.Subject, t.Target.Text, t.Task.LeadUnit, t.Goal.Measure, t.Goal.Comparator, t.Goal.Value, t.Goal.Upper,
            t.Target.Unit, t.Goal.Deadline, t.Status, t.Now.Actual, t.Note?.ToString()))];
    }
}
