using Luoshi.Domain.Evaluation;

namespace Luoshi.Domain.Plans;

/// <summary>A measurable promise of a task and how it is measured.</summary>
public sealed class Target
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>The task it belongs to.</summary>
    public int TaskId { get; set; }

    /// <summary>The target number (T15.1), unique within the plan.</summary>
    public required string Code { get; set; }

    /// <summary>The clause it came from.</summary>
    public required string Text { get; set; }

    /// <summary>What is measured, in the report's words.</summary>
    public required string Subject { get; set; }

    /// <summary>The kind of promise, as parsed.</summary>
    public TargetKind Kind { get; set; }

    /// <summary>How the actual value is compared with <see cref="Value"/>.</summary>
    public Comparator Comparator { get; set; }

    /// <summary>The promised value (scaled), or null for a milestone or a direction.</summary>
    public decimal? Value { get; set; }

    /// <summary>The upper end of a range, else null.</summary>
    public decimal? Upper { get; set; }

    /// <summary>The unit of the value (%, 人, 个…).</summary>
    public string? Unit { get; set; }

    /// <summary>How reported values combine into the actual value.</summary>
    public Measure Measure { get; set; }

    /// <summary>Last year's value, for directions and for trajectories that start from it.</summary>
    public decimal? Baseline { get; set; }

    /// <summary>When the promise falls due.</summary>
    public DateOnly Deadline { get; set; }

    /// <summary>Expected values per period set by the office (形象进度); empty = linear through the year.</summary>
    public List<TrajectoryPoint> Trajectory { get; set; } = [];

    /// <summary>Where the clause stands in the report text.</summary>
    public SourceSpan Span { get; set; }

    /// <summary>True when the office publishes this target on the public page.</summary>
    public bool Public { get; set; }

    /// <summary>The computed indicator the value comes from (monitoring data, registers), or null when units report it.</summary>
    public IndicatorBinding? Binding { get; set; }
}
