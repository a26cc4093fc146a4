using Luoshi.Domain.Plans;

namespace Luoshi.Domain.Evaluation;

/// <summary>The value a target is expected to have reached by the end of a period (形象进度).</summary>
internal static class ExpectedTrajectory
{
    /// <summary>The expected value after <paramref name="period"/> periods of the <paramref name="periodsToDeadline"/>
    /// that lead to the deadline; null when nothing is expected yet (period 0) or the goal has no value.</summary>
    public static decimal? At(TargetGoal goal, int period, int periodsToDeadline)
    {
        if (period <= 0)
        {
            return null;
        }

        if (goal.Trajectory.Count > 0)
        {
            return SetByOffice(goal.Trajectory, period);
        }

        // Multiply before dividing: d / m (8 / 12) is rounded at the 28th digit, and the goal times the rounded share
        // is then a hair off a whole expected value (27 × 8 / 12 came out 18.000…001), which turned a target exactly on
        // its trajectory yellow. goal × d is exact, so the one division gives the exact value whenever it has one.
        var done = Math.Min(period, periodsToDeadline);
        return goal.Measure switch
        {
            Measure.Cumulative => goal.Value * done / periodsToDeadline,
            Measure.Ratio => goal.Value is { } g ? Start(goal) + ((g - Start(goal)) * done / periodsToDeadline) : null,
            Measure.Milestone => 100m * done / periodsToDeadline,
            Measure.BottomLine => 0m,
            Measure.Direction => goal.Baseline,
            _ => goal.Value,
        };
    }

    // A ratio climbs from last year's share when the office gave one, else from zero.
    private static decimal Start(TargetGoal goal) => goal.Baseline ?? 0m;

    // The office's latest point at or before the period; before its first point nothing is expected.
    private static decimal? SetByOffice(IReadOnlyList<TrajectoryPoint> points, int period)
    {
        decimal? expected = null;
        var best = 0;
        foreach (var point in points)
        {
            if (point.Period <= period && point.Period > best)
            {
                (expected, best) = (point.Expected, point.Period);
            }
        }

        return expected;
    }
}
