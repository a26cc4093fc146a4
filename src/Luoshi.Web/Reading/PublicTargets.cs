using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Storage;

namespace Luoshi.Web.Reading;

/// <summary>What the public sees of a plan: only the targets the office marked public, with their goal, figure and
/// status (and for a figure computed from monitoring data, how it was computed) — no report text, no drafts, nothing
/// about accounts.</summary>
public sealed record PublicTarget(
    string Code, string Subject, string Text, string? LeadUnit, Measure Measure, Comparator Comparator, decimal? Value, decimal? Upper,
    string? Unit, DateOnly Deadline, TargetStatus Status, decimal? Actual, Storage.Indicators.ComputedReading? Computed = null)
{
    /// <summary>The public targets of <paramref name="plan"/>, with their status from <paramref name="rows"/>.</summary>
    public static IReadOnlyList<PublicTarget> Of(Plan plan, IReadOnlyList<TargetStatusRow> rows)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rows);
        var status = rows.ToDictionary(r => r.TargetCode, StringComparer.Ordinal);
        return [.. plan.Tasks.SelectMany(task => task.Targets.Where(t => t.Public).Select(t =>
        {
            var row = status.GetValueOrDefault(t.Code);
            return new PublicTarget(t.Code, t.Subject, t.Text, task.LeadUnit, t.Measure, t.Comparator, t.Value, t.Upper, t.Unit, t.Deadline,
                row?.Evaluation.Status ?? TargetStatus.NotReported, row?.Evaluation.Actual, row?.Computed);
        }))];
    }
}
