using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;

namespace Luoshi.Domain.Tests.Evaluation;

public sealed class PeriodEvaluationsTests
{
    // 6000 people by year end, monthly reports due on the 28th: the trajectory expects 500 a month.
    private static readonly TargetGoal Jobs = new(Measure.Cumulative, Comparator.AtLeast, 6000m, null, null, new DateOnly(2022, 12, 31), []);
    private static readonly ReportingCalendar Monthly = new(2022, ReportingCadence.MonthlyByDay(28));

    [Fact]
    public void Of_EachPeriodAsOfTheDayAfterItsDueDay_CountsOnlyValuesUpToThatPeriod()
    {
        // January 500 (on track), February 300 (800 of 1000 expected: share 0.8, behind), March 900 (1700 of 1500).
        Observation[] approved = [new(1, 500m), new(2, 300m), new(3, 900m)];
        var reported = new PeriodSet(0).With(1).With(2).With(3);

        var periods = PeriodEvaluations.Of(Jobs, Monthly, approved, reported, StatusThresholds.Default);

        Assert.Equal(12, periods.Length);
        Assert.Equal((TargetStatus.OnTrack, 500m, 500m), (periods[0].Status, periods[0].Actual, periods[0].Expected));
        Assert.Equal((TargetStatus.Behind, 800m, 1000m), (periods[1].Status, periods[1].Actual, periods[1].Expected));
        Assert.Equal((TargetStatus.OnTrack, 1700m, 1500m), (periods[2].Status, periods[2].Actual, periods[2].Expected));
        // April was never reported: as of 29 April its report is overdue.
        Assert.Equal(TargetStatus.NotReported, periods[3].Status);
    }
}
