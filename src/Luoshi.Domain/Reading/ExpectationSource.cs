using Luoshi.Domain.Evaluation;

namespace Luoshi.Domain.Reading;

/// <summary>Where a target's expected values (形象进度) come from.</summary>
public enum ExpectationSource
{
    /// <summary>A straight line from the start (0, or last year's share) to the goal at the deadline.</summary>
    Linear,

    /// <summary>The goal itself, from the first period on: a level held all year (a ceiling, a floor, a share of good days).</summary>
    HeldGoal,

    /// <summary>Points per period set by the office.</summary>
    Office,

    /// <summary>Last year's value (a direction).</summary>
    LastYear,

    /// <summary>Zero events (a bottom line).</summary>
    Zero,
}

/// <summary>The one rule saying which expectation a goal follows (docs/evaluation.md, section 2).</summary>
public static class Expectations
{
    /// <summary>The source of <paramref name="goal"/>'s expected values.</summary>
    public static ExpectationSource Of(TargetGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return goal.Trajectory.Count > 0 ? ExpectationSource.Office : goal.Measure switch
        {
            Measure.Level => ExpectationSource.HeldGoal,
            Measure.Direction => ExpectationSource.LastYear,
            Measure.BottomLine => ExpectationSource.Zero,
            _ => ExpectationSource.Linear,
        };
    }
}
