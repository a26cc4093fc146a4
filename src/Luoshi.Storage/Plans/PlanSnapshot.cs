using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;

namespace Luoshi.Storage.Plans;

/// <summary>What the audit trail keeps of a plan: its identity, source and every task and target with its
/// assignment (the report text itself is identified by its hash, not copied).</summary>
internal sealed record PlanSnapshot(
    string Region, int Year, string SourceName, string SourceHash, IReadOnlyList<PlanSnapshot.TaskPart> Tasks)
{
    public static PlanSnapshot Of(Plan plan) => new(
        plan.Region,
        plan.Year,
        plan.SourceName,
        plan.SourceHash,
        [.. plan.Tasks.Select(t => new TaskPart(
            t.Code, t.SectionCode, t.Text, t.LeadUnit, [.. t.SupportingUnits], t.Leader, t.Deadline,
            [.. t.Targets.Select(g => new TargetPart(g.Code, g.Subject, g.Comparator, g.Value, g.Upper, g.Unit, g.Measure, g.Deadline))]))]);

    /// <summary>A task as the audit trail keeps it.</summary>
    internal sealed record TaskPart(
        string Code, string SectionCode, string Text, string? LeadUnit, IReadOnlyList<string> SupportingUnits,
        string? Leader, DateOnly Deadline, IReadOnlyList<TargetPart> Targets);

    /// <summary>A target as the audit trail keeps it.</summary>
    internal sealed record TargetPart(
        string Code, string Subject, Comparator Comparator, decimal? Value, decimal? Upper, string? Unit, Measure Measure, DateOnly Deadline);
}
