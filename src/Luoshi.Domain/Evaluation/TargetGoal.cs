using Luoshi.Domain.Plans;

namespace Luoshi.Domain.Evaluation;

/// <summary>What a target promises, in the terms the evaluation needs.</summary>
/// <param name="Value">The promised value: for coverage 100, for a bottom line 0, for a milestone ignored (100% done).</param>
/// <param name="Trajectory">Expected values per period set by the office; empty = linear (docs/evaluation.md).</param>
public sealed record TargetGoal(
    Measure Measure,
    Comparator Comparator,
    decimal? Value,
    decimal? Upper,
    decimal? Baseline,
    DateOnly Deadline,
    IReadOnlyList<TrajectoryPoint> Trajectory)
{
    /// <summary>The goal of a stored target.</summary>
    public static TargetGoal Of(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var value = target.Kind switch
        {
            TargetKind.Coverage => target.Value ?? 100m,
            TargetKind.BottomLine => 0m,
            _ => target.Value,
        };
        return new TargetGoal(target.Measure, target.Comparator, value, target.Upper, target.Baseline, target.Deadline, target.Trajectory);
    }
}
