using Luoshi.Domain.Plans;

namespace Luoshi.Domain.Evaluation;

/// <summary>Whether the actual value keeps the promise, and whether keeping it once settles it for good.</summary>
internal static class GoalCondition
{
    /// <summary>True when the actual value meets the goal (rule 2 of docs/evaluation.md).</summary>
    public static bool IsMet(TargetGoal goal, ActualValue actual, StatusThresholds thresholds) => goal.Measure switch
    {
        Measure.Milestone => actual.Done is { } day && day <= goal.Deadline,
        Measure.BottomLine => actual.Value is 0m or null,
        Measure.Direction => actual.Value is { } a && goal.Baseline is { } b
            && (goal.Comparator == Comparator.AtMost ? a <= b : a >= b),
        _ => actual.Value is { } a && goal.Value is { } g && Compare(goal, a, g, thresholds),
    };

    /// <summary>True when a met goal cannot come undone: an amount delivered or a share reached stays delivered;
    /// a level, a direction or a bottom line is judged only at the deadline.</summary>
    public static bool IsFinalOnceMet(TargetGoal goal) =>
        goal.Measure == Measure.Milestone
        || (goal.Measure is Measure.Cumulative or Measure.Ratio && goal.Comparator is Comparator.AtLeast or Comparator.Equal);

    private static bool Compare(TargetGoal goal, decimal a, decimal g, StatusThresholds thresholds) => goal.Comparator switch
    {
        Comparator.AtLeast => a >= g,
        Comparator.AtMost => a <= g,
        // 100%全覆盖 or 新增学位1680个 is met by reaching the number; a level must equal it.
        Comparator.Equal => goal.Measure is Measure.Cumulative or Measure.Ratio ? a >= g : a == g,
        Comparator.About => ProgressShare.Deviation(a, g) <= thresholds.AboutTolerance,
        Comparator.Between => a >= g && a <= (goal.Upper ?? g),
        _ => false,
    };
}
