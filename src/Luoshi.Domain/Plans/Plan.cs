using Luoshi.Domain.Periods;

namespace Luoshi.Domain.Plans;

/// <summary>One year's delivery plan of a region's work report (工作方案 / 任务分解表): the ledger's root.</summary>
public sealed class Plan
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>The city or county, e.g. 四会市.</summary>
    public required string Region { get; set; }

    /// <summary>The plan year; 年内 means 31 December of it.</summary>
    public int Year { get; set; }

    /// <summary>The report file the plan was imported from.</summary>
    public required string SourceName { get; set; }

    /// <summary>The report's decoded text, so that every task and target can show its source span.</summary>
    public required string SourceText { get; set; }

    /// <summary>SHA-256 of <see cref="SourceText"/> (hex): tells a re-import of the same report from a changed one.</summary>
    public required string SourceHash { get; set; }

    /// <summary>How often units report, and when reports are due.</summary>
    public ReportingCadence Cadence { get; set; } = ReportingCadence.MonthlyByDay(28);

    /// <summary>How far behind the expected trajectory a target may fall before it turns yellow or red.</summary>
    public StatusThresholds Thresholds { get; set; } = StatusThresholds.Default;

    /// <summary>The report's numbered sections.</summary>
    public List<Section> Sections { get; set; } = [];

    /// <summary>The tasks of the plan, in report order.</summary>
    public List<PlanTask> Tasks { get; set; } = [];
}
