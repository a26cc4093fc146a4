using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;

namespace Luoshi.Domain.Tests.Evaluation;

/// <summary>Shorthand for the evaluation tests: a 2022 plan reporting monthly on the 28th unless told otherwise.</summary>
internal static class Evaluate
{
    public static readonly ReportingCalendar Monthly = new(2022, ReportingCadence.MonthlyByDay(28));

    public static TargetGoal Goal(Measure measure, Comparator comparator, decimal? value, string deadline = "2022-12-31",
        decimal? baseline = null, decimal? upper = null, params TrajectoryPoint[] trajectory) =>
        new(measure, comparator, value, upper, baseline, DateOnly.Parse(deadline, CultureInfo.InvariantCulture), trajectory);

    /// <summary>Monthly values from January on, all approved; every month listed counts as reported.</summary>
    public static Observation[] Months(params decimal[] values) =>
        values.Select((v, i) => new Observation(i + 1, v)).ToArray();

    public static PeriodSet Reported(params int[] periods) => periods.Aggregate(default(PeriodSet), (set, p) => set.With(p));

    public static PeriodSet ReportedThrough(int last) => Reported(Enumerable.Range(1, last).ToArray());

    public static TargetEvaluation As(string asOf, TargetGoal goal, Observation[] approved, PeriodSet reported, ReportingCalendar? calendar = null) =>
        TargetEvaluator.Evaluate(goal, calendar ?? Monthly, approved, reported, DateOnly.Parse(asOf, CultureInfo.InvariantCulture), StatusThresholds.Default);
}
