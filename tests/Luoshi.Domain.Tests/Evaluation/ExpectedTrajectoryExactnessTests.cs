using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;

namespace Luoshi.Domain.Tests.Evaluation;

// Cases found by the ledger benchmark's check against SQL: 8 of 12 months is 2/3, a share decimal cannot hold exactly.
public sealed class ExpectedTrajectoryExactnessTests
{
    private static readonly ReportingCalendar Monthly2022 = new(2022, ReportingCadence.MonthlyByDay(28));

    // As of 15 September, January–August (8 months) are past due; the goal falls due in December (month 12).
    private static readonly DateOnly AsOf = new(2022, 9, 15);

    [Fact]
    public void Evaluate_CumulativeExactlyOnTrajectoryAfterEightOfTwelveMonths_IsOnTrackWithExpected18()
    {
        // 27 × 8 / 12 = 18 expected; 2 a month for 9 months = 18 delivered: on the trajectory, not behind it.
        var result = Evaluate(27m, Enumerable.Range(1, 9).Select(p => new Observation(p, 2m)).ToArray());

        Assert.Equal(18m, result.Expected);
        Assert.Equal(TargetStatus.OnTrack, result.Status);
    }

    [Fact]
    public void Evaluate_CumulativeAtExactlyEightyPercentOfTrajectory_IsBehindNotAtRisk()
    {
        // 210 × 8 / 12 = 140 expected; 112 delivered = 0.8 of it, which the default thresholds call yellow.
        var result = Evaluate(210m, [new(1, 100m), new(2, 12m)]);

        Assert.Equal(140m, result.Expected);
        Assert.Equal(TargetStatus.Behind, result.Status);
    }

    private static TargetEvaluation Evaluate(decimal goal, Observation[] approved)
    {
        var target = new TargetGoal(Measure.Cumulative, Comparator.AtLeast, goal, null, null, new DateOnly(2022, 12, 31), []);
        var reported = Enumerable.Range(1, 9).Aggregate(default(PeriodSet), (set, p) => set.With(p));
        return TargetEvaluator.Evaluate(target, Monthly2022, approved, reported, AsOf, StatusThresholds.Default);
    }
}
