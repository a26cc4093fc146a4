namespace Luoshi.Domain.Evaluation;

/// <summary>Where the pace so far leads by the deadline, and what the remaining periods must deliver.</summary>
internal static class Projection
{
    /// <summary>The value at the deadline if every remaining period goes as the reported ones went on average.</summary>
    public static decimal? AtDeadline(TargetGoal goal, ActualValue actual, int toDeadline)
    {
        if (actual.Value is not { } a)
        {
            return null;
        }

        var k = actual.LastPeriod;
        if (k <= 0 || k >= toDeadline || actual.Done is not null)
        {
            return a;
        }

        // Multiply before dividing, so that a pace that is exactly on the line projects exactly the goal.
        return goal.Measure switch
        {
            Measure.Cumulative => a * toDeadline / k,
            Measure.Ratio => Math.Min(100m, Start(goal) + ((a - Start(goal)) * toDeadline / k)),
            Measure.Milestone => Math.Min(100m, a * toDeadline / k),
            _ => a,
        };
    }

    /// <summary>The amount each period left before the deadline must add (percentage points for a ratio or a
    /// milestone); 0 when the goal is reached, null when no period is left or the measure does not add up.</summary>
    public static decimal? NeededPerPeriod(TargetGoal goal, ActualValue actual, int toDeadline)
    {
        var left = toDeadline - actual.LastPeriod;
        var (goalValue, start) = goal.Measure switch
        {
            Measure.Cumulative => (goal.Value, 0m),
            Measure.Ratio => (goal.Value, Start(goal)),
            Measure.Milestone => (100m, 0m),
            _ => ((decimal?)null, 0m),
        };
        if (goalValue is not { } g || left <= 0)
        {
            return null;
        }

        var remaining = g - (actual.Value ?? start);
        return remaining <= 0 ? 0m : remaining / left;
    }

    private static decimal Start(TargetGoal goal) => goal.Baseline ?? 0m;
}
