using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using static Luoshi.Domain.Tests.Evaluation.Evaluate;

namespace Luoshi.Domain.Tests.Evaluation;

/// <summary>城镇新增就业6千人以上: 6000 people by 31 December, reported monthly on the 28th (docs/evaluation.md).</summary>
public sealed class CumulativeTargetTests
{
    private static readonly TargetGoal Jobs = Goal(Measure.Cumulative, Comparator.AtLeast, 6000m);

    [Fact]
    public void OnTheLine_IsGreen_WithProjectionAndRateNeeded()
    {
        // Three periods past due on 1 April: expected 6000 × 3/12 = 1500; actual 400 + 500 + 600 = 1500.
        var e = As("2022-04-01", Jobs, Months(400, 500, 600), ReportedThrough(3));

        Assert.Equal(TargetStatus.OnTrack, e.Status);
        Assert.Equal((1500m, 1500m), (e.Actual, e.Expected));
        Assert.Equal(6000m, e.Projected); // 1500 × 12/3
        Assert.Equal(500m, e.NeededPerPeriod); // (6000 − 1500) / 9
        Assert.Empty(e.Overdue);
    }

    [Theory]
    [InlineData(1499, TargetStatus.Behind)] // share 0.9993
    [InlineData(1200, TargetStatus.Behind)] // share 0.8 exactly: still yellow
    [InlineData(1199, TargetStatus.AtRisk)] // share 0.7993
    [InlineData(1501, TargetStatus.OnTrack)]
    public void ShareOfExpected_DecidesTheLight(decimal march, TargetStatus status)
    {
        Assert.Equal(status, As("2022-04-01", Jobs, [new(1, 0m), new(2, 0m), new(3, march)], ReportedThrough(3)).Status);
    }

    [Fact]
    public void OnTheDueDay_ThatPeriodIsNotExpectedYet()
    {
        // 28 March: March is due today, so only Jan and Feb count: expected 1000; the March figure is already in.
        var e = As("2022-03-28", Jobs, Months(400, 500, 600), ReportedThrough(2));

        Assert.Equal((TargetStatus.OnTrack, 1000m, 1500m), (e.Status, e.Expected, e.Actual));
    }

    [Fact]
    public void ReportOverdue_IsNotReported()
    {
        var e = As("2022-04-29", Jobs, Months(400, 500, 600), ReportedThrough(3));

        Assert.Equal(TargetStatus.NotReported, e.Status);
        Assert.Equal([4], e.Overdue);
    }

    [Fact]
    public void SubmittedButNotYetApproved_CountsAsReportedButAddsNothing()
    {
        // April is in (submitted) but not approved: no overdue report, and the actual stays 1500 against 2000 expected.
        var e = As("2022-04-29", Jobs, Months(400, 500, 600), ReportedThrough(4));

        Assert.Equal((TargetStatus.AtRisk, 1500m, 2000m), (e.Status, e.Actual, e.Expected)); // share 0.75
    }

    [Fact]
    public void GoalReached_IsAchievedEvenWithLaterReportsOverdue()
    {
        var e = As("2022-09-01", Jobs, Months(1000, 1000, 1000, 1000, 1000, 1000), ReportedThrough(6));

        Assert.Equal(TargetStatus.Achieved, e.Status);
        Assert.Equal(0m, e.NeededPerPeriod);
    }

    [Theory]
    [InlineData("2022-12-31", TargetStatus.Behind)] // the deadline day itself: 5999 of 6000 expected
    [InlineData("2023-01-01", TargetStatus.Missed)]
    public void DeadlinePassedShort_IsMissed(string asOf, TargetStatus status)
    {
        var values = Months(500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 499);

        Assert.Equal(status, As(asOf, Jobs, values, ReportedThrough(12)).Status);
    }

    [Fact]
    public void BeforeTheFirstDueDate_NothingIsExpected()
    {
        var e = As("2022-01-15", Jobs, [], default);

        Assert.Equal((TargetStatus.OnTrack, (decimal?)null, (decimal?)null), (e.Status, e.Expected, e.Actual));
    }

    [Fact]
    public void ReportsOfPeriodsNotYetBegun_AreIgnored()
    {
        // Evaluating 10 February: a March value in the data did not exist then.
        var e = As("2022-02-10", Jobs, [new(1, 500m), new(3, 9000m)], ReportedThrough(1));

        Assert.Equal((TargetStatus.OnTrack, 500m), (e.Status, e.Actual)); // expected 500 after January
    }

    [Fact]
    public void DeadlineMidYear_TrajectoryReachesTheGoalAtTheDeadline()
    {
        // 6月底前 1000 个: six periods to the deadline; after three, 500 are expected.
        var e = As("2022-04-01", Goal(Measure.Cumulative, Comparator.AtLeast, 1000m, "2022-06-30"), Months(100, 100, 100), ReportedThrough(3));

        // Share 300/500 = 0.6; projected 300 × 6/3 = 600; needed (1000 − 300) / 3 per remaining period.
        Assert.Equal((TargetStatus.AtRisk, 500m, 600m, 233.33m), (e.Status, e.Expected, e.Projected, Math.Round(e.NeededPerPeriod!.Value, 2)));
    }

    [Fact]
    public void OfficeTrajectory_ReplacesTheLine()
    {
        var goal = Goal(Measure.Cumulative, Comparator.AtLeast, 6000m, trajectory: [new(3, 1000m), new(6, 3000m), new(12, 6000m)]);

        Assert.Equal((decimal?)null, As("2022-03-01", goal, Months(100, 100), ReportedThrough(2)).Expected);
        Assert.Equal(1000m, As("2022-04-01", goal, Months(300, 300, 400), ReportedThrough(3)).Expected);
        Assert.Equal(1000m, As("2022-06-01", goal, Months(300, 300, 400, 0, 0), ReportedThrough(5)).Expected);
        Assert.Equal(3000m, As("2022-07-01", goal, Months(300, 300, 400, 0, 0, 2000), ReportedThrough(6)).Expected);
    }

    [Fact]
    public void Quarterly_CountsQuartersPastDue()
    {
        var quarterly = new Luoshi.Domain.Periods.ReportingCalendar(2022, Luoshi.Domain.Periods.ReportingCadence.QuarterlyAtEnd);

        var e = As("2022-07-01", Jobs, [new(1, 1500m), new(2, 1400m)], ReportedThrough(2), quarterly);

        Assert.Equal((TargetStatus.Behind, 3000m, 2900m, 5800m), (e.Status, e.Expected, e.Actual, e.Projected));
    }
}
