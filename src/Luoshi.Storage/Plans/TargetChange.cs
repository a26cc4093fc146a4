using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;

namespace Luoshi.Storage;

/// <summary>What the office changes on a target after import; null leaves a field as it is. An empty trajectory
/// returns the target to the linear one.</summary>
public sealed record TargetChange(
    Measure? Measure = null,
    Comparator? Comparator = null,
    decimal? Value = null,
    decimal? Upper = null,
    decimal? Baseline = null,
    DateOnly? Deadline = null,
    IReadOnlyList<TrajectoryPoint>? Trajectory = null,
    bool? Public = null);
