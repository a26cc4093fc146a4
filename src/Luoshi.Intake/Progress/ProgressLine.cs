using Luoshi.Domain.Progress;

namespace Luoshi.Intake.Progress;

/// <summary>One value of a progress file, read and checked: the target, period, reporting unit, the value's fields
/// (kept by the target's <see cref="ValueRule"/>) and the report's state; <see cref="Text"/> is the report's narrative,
/// given on the first row of each report (null on the others).</summary>
public readonly record struct ProgressLine(
    TargetEntry Target, int Period, string Unit, decimal? Value, decimal? Numerator, decimal? Denominator, DateOnly? DoneOn,
    ReportState State, ReportText? Text)
{
    /// <summary>The report the value belongs to.</summary>
    public int ReportKey => ProgressPlan.ReportKey(Target.Task.Index, Period);
}

/// <summary>The narrative of a report (进展情况、存在问题、下一步措施).</summary>
public sealed record ReportText(string Progress, string Problems, string NextSteps);
