using Luoshi.Domain.Reading;

namespace Luoshi.Domain.Evaluation;

/// <summary>A target period by period: what the trajectory expected at each due day, what the values add up to by then,
/// and the projection from the latest value to the deadline — the three lines of its chart, on the web page and in
/// the quarterly notice alike.</summary>
public sealed record TargetHistory(
    string Code,
    string Subject,
    string? Unit,
    decimal? Goal,
    IReadOnlyList<string> Periods,
    IReadOnlyList<decimal?> Expected,
    IReadOnlyList<decimal?> Actual,
    IReadOnlyList<decimal?> Projected,
    TargetEvaluation Now)
{
    /// <summary>The chart lines of a target's reading.</summary>
    public static TargetHistory Of(TargetReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var periods = reading.Periods;
        return new TargetHistory(
            reading.Code, reading.Target.Subject, reading.Target.Unit, reading.Goal.Value,
            [.. periods.Select(p => p.Period.Name)], [.. periods.Select(p => p.Expected)], [.. periods.Select(p => p.ToDate)],
            reading.ProjectionLine(), reading.Now);
    }
}
