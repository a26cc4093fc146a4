using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using static Luoshi.Domain.Tests.Evaluation.Evaluate;

namespace Luoshi.Domain.Tests.Evaluation;

/// <summary>Bottom lines (不发生规模性返贫) and directions (民生投入只增不减).</summary>
public sealed class BottomLineDirectionTargetTests
{
    private static readonly TargetGoal NoRelapse = Goal(Measure.BottomLine, Comparator.Equal, 0m);

    [Fact]
    public void BottomLine_NoEvent_IsGreenThenAchieved()
    {
        Assert.Equal(TargetStatus.OnTrack, As("2022-05-01", NoRelapse, Months(0, 0, 0, 0), ReportedThrough(4)).Status);
        Assert.Equal(TargetStatus.Achieved, As("2023-01-01", NoRelapse, Months(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), ReportedThrough(12)).Status);
    }

    [Fact]
    public void BottomLine_AnyEvent_IsRedThenMissed()
    {
        var e = As("2022-05-01", NoRelapse, Months(0, 0, 1, 0), ReportedThrough(4));

        Assert.Equal((TargetStatus.AtRisk, 1m), (e.Status, e.Actual));
        Assert.Equal(TargetStatus.Missed, As("2023-01-01", NoRelapse, Months(0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0), ReportedThrough(12)).Status);
    }

    [Theory]
    [InlineData(1250, TargetStatus.OnTrack)]
    [InlineData(1200, TargetStatus.OnTrack)]
    [InlineData(1100, TargetStatus.Behind)] // 1100 / 1200 = 0.917
    [InlineData(900, TargetStatus.AtRisk)] // 0.75
    public void Direction_AgainstLastYearsValue(decimal latest, TargetStatus status)
    {
        var goal = Goal(Measure.Direction, Comparator.AtLeast, null, baseline: 1200m);

        Assert.Equal(status, As("2022-04-01", goal, Months(1000, 1100, latest), ReportedThrough(3)).Status);
    }

    [Fact]
    public void Direction_Decrease_LowerIsBetter()
    {
        var goal = Goal(Measure.Direction, Comparator.AtMost, null, baseline: 100m);

        Assert.Equal(TargetStatus.OnTrack, As("2022-02-01", goal, Months(95), ReportedThrough(1)).Status);
        Assert.Equal(TargetStatus.Behind, As("2022-02-01", goal, Months(110), ReportedThrough(1)).Status); // 100/110 = 0.909
    }

    [Fact]
    public void Direction_WithoutABaseline_CannotBeJudgedYet()
    {
        var e = As("2022-04-01", Goal(Measure.Direction, Comparator.AtLeast, null), Months(1, 2, 3), ReportedThrough(3));

        Assert.Equal((TargetStatus.OnTrack, "no baseline (last year's value) to compare with"), (e.Status, e.Reason.En));
    }

    [Theory]
    [InlineData(1300, TargetStatus.Achieved)]
    [InlineData(1150, TargetStatus.Missed)]
    public void Direction_AfterTheDeadline(decimal december, TargetStatus status)
    {
        var goal = Goal(Measure.Direction, Comparator.AtLeast, null, baseline: 1200m);
        var values = Months(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, december);

        Assert.Equal(status, As("2023-01-01", goal, values, ReportedThrough(12)).Status);
    }
}
