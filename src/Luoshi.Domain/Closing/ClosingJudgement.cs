using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Reading;

namespace Luoshi.Domain.Closing;

/// <summary>What the rule says of one target's final value: its result, and how far from the goal it ended.</summary>
/// <param name="Shortfall">How far short of the goal, in percent of the goal (0 when met; null when not numeric).</param>
public sealed record ClosingJudgement(ClosingResult Result, decimal? Shortfall);

/// <summary>The one rule for 完成 / 基本完成 / 未完成 (docs/evaluation.md, “Year-end closing”).</summary>
public static class ClosingRule
{
    /// <summary>The result of a target with final <paramref name="value"/> (or, for a milestone, done on
    /// <paramref name="doneOn"/>) by the office's <paramref name="tolerances"/>.</summary>
    public static ClosingJudgement Judge(TargetGoal goal, decimal? value, DateOnly? doneOn, ClosingTolerances tolerances, StatusThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(tolerances);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (goal.Measure == Measure.Milestone)
        {
            return Milestone(goal, doneOn, tolerances);
        }

        if (goal.Measure == Measure.BottomLine)
        {
            return new(value is null or 0m ? ClosingResult.Done : ClosingResult.NotDone, null);
        }

        if (value is not { } v)
        {
            return new(ClosingResult.NotDone, null);
        }

        return GoalCondition.IsMet(goal, new ActualValue(v, 0, doneOn), thresholds)
            ? new(ClosingResult.Done, 0m)
            : Short(goal, v, tolerances.PercentFor(goal.Measure), thresholds);
    }

    /// <summary>The result of a target as the year-end reading has it, its final value given.</summary>
    public static ClosingJudgement Judge(TargetReading reading, decimal? value, DateOnly? doneOn, ClosingTolerances tolerances)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return Judge(reading.Goal, value, doneOn, tolerances, reading.Plan.Thresholds);
    }

    /// <summary>The task's result: the worst of its targets'.</summary>
    public static ClosingResult Worst(IEnumerable<ClosingResult> results) => results.DefaultIfEmpty(ClosingResult.Done).Max();

    /// <summary>True when <paramref name="claimed"/> is better than the rule allows (完成 claimed where the data say 基本完成).</summary>
    public static bool Overclaims(ClosingResult claimed, ClosingResult allowed) => claimed < allowed;

    private static ClosingJudgement Milestone(TargetGoal goal, DateOnly? doneOn, ClosingTolerances tolerances) => doneOn switch
    {
        { } d when d <= goal.Deadline => new(ClosingResult.Done, null),
        { } d when d <= goal.Deadline.AddDays(tolerances.MilestoneDays) => new(ClosingResult.BasicallyDone, null),
        _ => new(ClosingResult.NotDone, null),
    };

    private static ClosingJudgement Short(TargetGoal goal, decimal value, decimal tolerance, StatusThresholds thresholds)
    {
        var edge = Edge(goal, value, thresholds);
        if (edge is not { } e || e == 0)
        {
            return new(ClosingResult.NotDone, null);
        }

        var shortfall = Math.Round(Math.Abs(value - e) / Math.Abs(e) * 100m, 2);
        return new(shortfall <= tolerance ? ClosingResult.BasicallyDone : ClosingResult.NotDone, shortfall);
    }

    // The value the goal would have been met at, nearest the final value.
    private static decimal? Edge(TargetGoal goal, decimal value, StatusThresholds thresholds)
    {
        if (goal.Measure == Measure.Direction)
        {
            return goal.Baseline;
        }

        if (goal.Value is not { } g)
        {
            return null;
        }

        return goal.Comparator switch
        {
            Comparator.About => value < g ? g * (1 - thresholds.AboutTolerance) : g * (1 + thresholds.AboutTolerance),
            Comparator.Between => value < g ? g : goal.Upper ?? g,
            _ => g,
        };
    }
}
