using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Reading;

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
    IReadOnlyList<TargetLine> Targets)
{
    /// <summary>The line of a task's reading.</summary>
    public static TaskLine Of(TaskReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var t = reading.Task;
        var section = reading.Section is { } s ? string.Join(' ', new[] { s.Number, s.Title }.Where(x => x is not null)) : null;
        return new TaskLine(t.Code, t.SectionCode, section, t.WorkItem, t.Text, t.LeadUnit, t.SupportingUnits, t.UnitsSuggested, t.Leader, t.Deadline,
            [.. reading.Targets.Select(TargetLine.Of)]);
    }
}

/// <summary>A target of a task with its goal (as evaluated) and where it stands on the day asked.</summary>
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
    string Reason,
    FigureSource Source,
    string? Note)
{
    /// <summary>The line of a target's reading.</summary>
    public static TargetLine Of(TargetReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var (t, g, e) = (reading.Target, reading.Goal, reading.Now);
        return new TargetLine(t.Code, t.Subject, t.Text, g.Measure, g.Comparator, g.Value, g.Upper, t.Unit, g.Deadline, t.Public,
            e.Status, e.Actual, e.Expected, e.Projected, e.Reason.ToString(), reading.Source, reading.Note?.ToString());
    }
}
