using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;

namespace Luoshi.Domain.Evaluation;

/// <summary>A target period by period: what the trajectory expected at each due day, what the approved reports add
/// up to by then, and the projection from the latest value to the deadline — the three lines of its chart, on the web
/// page and in the quarterly notice alike.</summary>
public sealed record TargetHistory(
    string Code,
    string Subject,
    string? Unit,
    decimal? Goal,
    IReadOnlyList<string> Periods,
    IReadOnlyList<decimal?> Expected,
    IReadOnlyList<decimal?> Actual,
    IReadOnlyList<decimal?> Projected,
    TargetEvaluation Now)
{
    /// <summary>Evaluates <paramref name="target"/> as of each period's due day up to <paramref name="asOf"/>, from the
    /// task's approved reports (any unit's), with the same rules as the ledger.</summary>
    public static TargetHistory Of(Plan plan, Target target, IReadOnlyList<ProgressReport> reports, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(reports);
        var approved = reports.Where(r => r.State == ReportState.Approved)
            .SelectMany(r => r.Values.Where(v => v.TargetId == target.Id).Select(v => new Observation(r.Period, v.Value, v.Numerator, v.Denominator, v.DoneOn)))
            .ToArray();
        var reported = reports.Where(r => r.State is not (ReportState.Draft or ReportState.Returned))
            .Aggregate(new PeriodSet(0), (set, r) => set.With(r.Period));
        return Of(plan, target, approved, reported, asOf);
    }

    /// <summary>As <see cref="Of(Plan, Target, IReadOnlyList{ProgressReport}, DateOnly)"/>, from the values themselves:
    /// a target bound to a computed indicator has values per period from the data and every period counts as reported.</summary>
    public static TargetHistory Of(Plan plan, Target target, Observation[] approved, PeriodSet reported, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(approved);
        var calendar = new ReportingCalendar(plan.Year, plan.Cadence);
        var goal = new TargetGoal(target.Measure, target.Comparator, target.Value, target.Upper, target.Baseline, target.Deadline, target.Trajectory);
        var now = TargetEvaluator.Evaluate(goal, calendar, approved, reported, asOf, plan.Thresholds);
        var count = calendar.Periods.Count;
        var expected = new decimal?[count];
        var actual = new decimal?[count];
        var projected = new decimal?[count];
        var pastDue = calendar.PastDue(asOf);
        var periods = PeriodEvaluations.Of(goal, calendar, approved, reported, plan.Thresholds);
        var last = 0;
        for (var p = 1; p <= count; p++)
        {
            var at = periods[p - 1];
            expected[p - 1] = at.Expected;
            if (p <= pastDue && approved.Any(o => o.Period <= p))
            {
                actual[p - 1] = at.Actual;
                last = p;
            }
        }

        // The projection runs from the latest actual value to the deadline's period.
        var deadline = TargetEvaluator.PeriodOfDeadline(target.Deadline, calendar);
        if (last > 0 && now.Projected is { } end && deadline >= last)
        {
            projected[last - 1] = actual[last - 1];
            projected[deadline - 1] = end;
        }

        return new TargetHistory(target.Code, target.Subject, target.Unit, target.Value, [.. calendar.Periods.Select(p => p.Name)], expected, actual, projected, now);
    }
}
