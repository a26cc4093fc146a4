using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using static Luoshi.Domain.Tests.Evaluation.Evaluate;

namespace Luoshi.Domain.Tests.Evaluation;

/// <summary>Shares (60%以上行政村达到美丽宜居村标准), coverage (全覆盖) and milestones (年内投入使用).</summary>
public sealed class RatioMilestoneTargetTests
{
    [Fact]
    public void Ratio_ClimbsFromTheBaseline()
    {
        // 45% last year, 60% promised: after six periods 45 + 15 × 6/12 = 52.5% is expected; 81 of 150 villages = 54%.
        var goal = Goal(Measure.Ratio, Comparator.AtLeast, 60m, baseline: 45m);

        var e = As("2022-07-01", goal, [new(6, null, 81m, 150m)], ReportedThrough(6));

        Assert.Equal((TargetStatus.OnTrack, 54m, 52.5m), (e.Status, e.Actual, e.Expected));
        Assert.Equal(63m, e.Projected); // 45 + (54 − 45) × 12/6
        Assert.Equal(1m, e.NeededPerPeriod); // (60 − 54) / 6 points a month
    }

    [Fact]
    public void Ratio_GoalReached_IsAchieved()
    {
        var goal = Goal(Measure.Ratio, Comparator.AtLeast, 60m, baseline: 45m);

        Assert.Equal(TargetStatus.Achieved, As("2022-07-01", goal, [new(6, null, 90m, 150m)], ReportedThrough(6)).Status);
    }

    [Theory]
    [InlineData(150, TargetStatus.Achieved)]
    [InlineData(149, TargetStatus.OnTrack)] // 99.33% against 50% expected after six months
    public void Coverage_IsReachedAtOneHundredPercent(decimal covered, TargetStatus status)
    {
        var goal = Goal(Measure.Ratio, Comparator.Equal, 100m);

        Assert.Equal(status, As("2022-07-01", goal, [new(6, null, covered, 150m)], ReportedThrough(6)).Status);
    }

    [Fact]
    public void Ratio_ReportedAsAPercentage_IsReadAsSuch()
    {
        var goal = Goal(Measure.Ratio, Comparator.AtLeast, 90m);

        Assert.Equal(92.5m, As("2022-02-01", goal, Months(92.5m), ReportedThrough(1)).Actual);
    }

    [Theory]
    [InlineData("2022-09-15", "2022-10-01", TargetStatus.Achieved)]
    [InlineData("2022-12-31", "2023-01-02", TargetStatus.Achieved)] // done on the deadline day
    public void Milestone_DoneByTheDeadline_IsAchieved(string doneOn, string asOf, TargetStatus status)
    {
        var goal = Goal(Measure.Milestone, Comparator.Equal, null);
        var done = new Observation(9, null, DoneOn: DateOnly.Parse(doneOn, CultureInfo.InvariantCulture));

        Assert.Equal(status, As(asOf, goal, [done], ReportedThrough(12)).Status);
    }

    [Fact]
    public void Milestone_NotDoneByTheDeadline_IsMissed()
    {
        var goal = Goal(Measure.Milestone, Comparator.Equal, null, "2022-06-30");

        Assert.Equal(TargetStatus.Missed, As("2022-07-01", goal, Months(20, 40, 60, 80, 90, 95), ReportedThrough(6)).Status);
    }

    [Theory]
    [InlineData(40, TargetStatus.Behind)] // 40 of 41.67% expected after five months
    [InlineData(33.34, TargetStatus.Behind)] // 0.80 of it
    [InlineData(33, TargetStatus.AtRisk)]
    [InlineData(42, TargetStatus.OnTrack)]
    public void Milestone_PercentCompleteAgainstALinePlannedToTheDeadline(decimal percent, TargetStatus status)
    {
        var goal = Goal(Measure.Milestone, Comparator.Equal, null);

        Assert.Equal(status, As("2022-06-10", goal, [new(5, percent)], ReportedThrough(5)).Status);
    }
}
