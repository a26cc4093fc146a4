using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using static Luoshi.Domain.Tests.Evaluation.Evaluate;

namespace Luoshi.Domain.Tests.Evaluation;

/// <summary>城镇登记失业率控制在4%以内: the latest monthly rate must stay at or under 4 all year.</summary>
public sealed class LevelTargetTests
{
    private static readonly TargetGoal Unemployment = Goal(Measure.Level, Comparator.AtMost, 4m);

    [Theory]
    [InlineData(3.8, TargetStatus.OnTrack)]
    [InlineData(4.0, TargetStatus.OnTrack)]
    [InlineData(4.2, TargetStatus.Behind)] // 4 / 4.2 = 0.952
    [InlineData(5.0, TargetStatus.Behind)] // 4 / 5 = 0.8 exactly
    [InlineData(5.1, TargetStatus.AtRisk)] // 4 / 5.1 = 0.784
    public void LatestValueAgainstTheCeiling(decimal february, TargetStatus status)
    {
        var e = As("2022-03-01", Unemployment, Months(3.5m, february), ReportedThrough(2));

        Assert.Equal((status, february, 4m), (e.Status, e.Actual, e.Expected));
    }

    [Theory]
    [InlineData(3.9, TargetStatus.Achieved)]
    [InlineData(4.1, TargetStatus.Missed)]
    public void AfterTheDeadline_TheLastValueDecides(decimal december, TargetStatus status)
    {
        var values = Months(4.5m, 4.5m, 4.5m, 4.5m, 4.5m, 4.5m, 4.5m, 4.5m, 4.5m, 4.5m, 4.5m, december);

        Assert.Equal(status, As("2023-01-05", Unemployment, values, ReportedThrough(12)).Status);
    }

    [Fact]
    public void MetBeforeTheDeadline_IsNotYetAchieved()
    {
        Assert.Equal(TargetStatus.OnTrack, As("2022-06-01", Unemployment, Months(3m, 3m, 3m, 3m, 3m), ReportedThrough(5)).Status);
    }

    [Fact]
    public void ReportedButNoApprovedValue_IsYellow()
    {
        var e = As("2022-03-01", Unemployment, [], ReportedThrough(2));

        Assert.Equal((TargetStatus.Behind, "no approved value yet"), (e.Status, e.Reason.En));
    }

    [Theory]
    [InlineData(5.9, TargetStatus.OnTrack)] // 7.3% from 5.5
    [InlineData(6.05, TargetStatus.OnTrack)] // exactly 10%: within the tolerance
    [InlineData(6.4, TargetStatus.Behind)] // 16.4%
    [InlineData(6.7, TargetStatus.AtRisk)] // 21.8%
    [InlineData(4.6, TargetStatus.Behind)] // 16.4% below
    public void About_DistanceWithinTheTolerance(decimal growth, TargetStatus status)
    {
        // 地区生产总值增长5.5%左右, with the default ±10% tolerance.
        var goal = Goal(Measure.Level, Comparator.About, 5.5m);

        Assert.Equal(status, As("2022-03-01", goal, Months(5.5m, growth), ReportedThrough(2)).Status);
    }

    [Theory]
    [InlineData(6.2, TargetStatus.OnTrack)]
    [InlineData(6.5, TargetStatus.OnTrack)]
    [InlineData(6.8, TargetStatus.Behind)] // 6.5 / 6.8 = 0.956
    [InlineData(5.5, TargetStatus.Behind)] // 5.5 / 6 = 0.917
    [InlineData(4.7, TargetStatus.AtRisk)] // 4.7 / 6 = 0.783
    public void Between_InsideTheRangeIsGreen(decimal value, TargetStatus status)
    {
        var goal = Goal(Measure.Level, Comparator.Between, 6m, upper: 6.5m);

        Assert.Equal(status, As("2022-03-01", goal, Months(6m, value), ReportedThrough(2)).Status);
    }

    [Theory]
    [InlineData(6.3, TargetStatus.Achieved)]
    [InlineData(6.6, TargetStatus.Missed)]
    public void Between_AfterTheDeadline(decimal value, TargetStatus status)
    {
        var goal = Goal(Measure.Level, Comparator.Between, 6m, "2022-01-31", upper: 6.5m);

        Assert.Equal(status, As("2022-02-01", goal, Months(value), ReportedThrough(1)).Status);
    }
}
