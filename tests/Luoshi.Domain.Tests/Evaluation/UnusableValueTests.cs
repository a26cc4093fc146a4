using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;

namespace Luoshi.Domain.Tests.Evaluation;

/// <summary>Stored data never stops an evaluation: a value beyond any sensible size (written before the rules refused
/// it) is left out and named on its target, the others count.</summary>
public sealed class UnusableValueTests
{
    private static readonly ReportingCalendar Calendar = new(2022, ReportingCadence.MonthlyByDay(28));

    [Fact]
    public void Evaluate_OneValueBeyondAnySize_LeftOutAndNamedAndTheRestCounted()
    {
        var goal = new TargetGoal(Measure.Cumulative, Comparator.AtLeast, 6000m, null, null, new DateOnly(2022, 12, 31), []);
        Observation[] values = [new(1, 500m), new(2, 79_000_000_000_000_000_000_000_000_000m), new(3, 700m)];

        var evaluation = TargetEvaluator.Evaluate(goal, Calendar, values, PeriodsUpTo(3), new DateOnly(2022, 4, 10), StatusThresholds.Default);

        Assert.Equal(1200m, evaluation.Actual);
        Assert.Equal("data problem: 1 stored value(s) beyond any sensible size were left out; the office should check and correct them",
            evaluation.DataProblem?.En);
        Assert.EndsWith("数据有误：1 个已存数值超出合理范围，未计入，请督查室核对更正", evaluation.Reason.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_GoalTooLargeToComputeWith_NoFiguresAndADataProblemInsteadOfAnException()
    {
        var goal = new TargetGoal(Measure.Cumulative, Comparator.AtLeast, 79_000_000_000_000_000_000_000_000_000m, null, null, new DateOnly(2022, 12, 31), []);

        var evaluation = TargetEvaluator.Evaluate(goal, Calendar, [new(1, 5m)], PeriodsUpTo(3), new DateOnly(2022, 4, 10), StatusThresholds.Default);

        Assert.Null(evaluation.Actual);
        Assert.NotNull(evaluation.DataProblem);
    }

    private static PeriodSet PeriodsUpTo(int last)
    {
        var set = default(PeriodSet);
        for (var p = 1; p <= last; p++)
        {
            set = set.With(p);
        }

        return set;
    }
}
