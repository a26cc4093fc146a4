using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;

namespace Luoshi.Web.Reading.Tasks;

/// <summary>One row of the task breakdown (任务分解表): the task, who does it by when, and its targets as they stand.</summary>
public sealed record TaskLine(
    string Code,
    string SectionCode,
    string? Section,
    string? WorkItem,
    string Text,
    string? LeadUnit,
    IReadOnlyList<string> SupportingUnits,
    bool UnitsSuggested,
    string? Leader,
    DateOnly Deadline,
    IReadOnlyList<TargetLine> Targets);

/// <summary>A target of a task with its goal and where it stands on the day asked.</summary>
public sealed record TargetLine(
    string Code,
    string Subject,
    string Text,
    Measure Measure,
    Comparator Comparator,
    decimal? Value,
    decimal? Upper,
    string? Unit,
    DateOnly Deadline,
    bool Public,
    TargetStatus Status,
    decimal? Actual,
    decimal? Expected,
    decimal? Projected,
    string Reason)
{
    /// <summary>The whole evaluation, for pages that word the reason in the reader's language (the API has <see cref="Reason"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public TargetEvaluation? Evaluation { get; init; }
}
