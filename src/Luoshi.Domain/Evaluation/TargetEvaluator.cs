using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Evaluation;

/// <summary>Says where a target stands as of a date: the rules of docs/evaluation.md, in the order written there.</summary>
public static class TargetEvaluator
{
    /// <summary>Evaluates <paramref name="goal"/> as of <paramref name="asOf"/> (a parameter, never the clock).</summary>
    /// <param name="approved">Values from approved reports, any order.</param>
    /// <param name="reported">Periods whose report has been submitted (or resubmitted, or approved).</param>
    public static TargetEvaluation Evaluate(
        TargetGoal goal, ReportingCalendar calendar, ReadOnlySpan<Observation> approved, PeriodSet reported,
        DateOnly asOf, StatusThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(thresholds);
        // Stored data never stops an evaluation: values no channel would accept today are left out and named, and a
        // goal too large to compute with gives the target no figures rather than an exception for the whole ledger.
        var usable = UsableObservations.Of(approved, out var unusable);
        try
        {
            var evaluation = EvaluateUsable(goal, calendar, usable, reported, asOf, thresholds);
            return unusable == 0 ? evaluation : UsableObservations.Flag(evaluation, Catalogue.Reasons.Unusable(unusable));
        }
        catch (OverflowException)
        {
            var problem = Catalogue.Reasons.Unusable(approved.Length);
            return new TargetEvaluation(TargetStatus.NotReported, null, null, null, null, [], problem, problem);
        }
    }

    private static TargetEvaluation EvaluateUsable(
        TargetGoal goal, ReportingCalendar calendar, ReadOnlySpan<Observation> approved, PeriodSet reported,
        DateOnly asOf, StatusThresholds thresholds)
    {
        var toDeadline = PeriodOfDeadline(goal.Deadline, calendar);
        var pastDue = Math.Min(calendar.PastDue(asOf), toDeadline);
        var actual = ActualValue.Of(goal.Measure, Started(approved, calendar, asOf));
        var expected = ExpectedTrajectory.At(goal, pastDue, toDeadline);
        var overdue = Overdue(reported, pastDue);
        var projected = Projection.AtDeadline(goal, actual, toDeadline);
        var needed = Projection.NeededPerPeriod(goal, actual, toDeadline);
        var (status, reason) = Judge(goal, calendar, actual, expected, overdue, asOf, thresholds);
        return new TargetEvaluation(status, actual.Value, expected, projected, needed, overdue, reason);
    }

    /// <summary>The period in which the deadline falls (a deadline after the plan year counts as its last period).</summary>
    public static int PeriodOfDeadline(DateOnly deadline, ReportingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (deadline.Year != calendar.Year)
        {
            return deadline.Year > calendar.Year ? calendar.Periods.Count : 1;
        }

        var months = 12 / calendar.Periods.Count;
        return ((deadline.Month - 1) / months) + 1;
    }

    private static (TargetStatus, Words) Judge(
        TargetGoal goal, ReportingCalendar calendar, ActualValue actual, decimal? expected, int[] overdue, DateOnly asOf, StatusThresholds thresholds)
    {
        var met = GoalCondition.IsMet(goal, actual, thresholds);
        var final = GoalCondition.IsFinalOnceMet(goal);
        var afterDeadline = asOf > goal.Deadline;
        if (met && (final || afterDeadline))
        {
            return (TargetStatus.Achieved, Catalogue.Reasons.Met(afterDeadline, actual.Value));
        }

        if (afterDeadline)
        {
            return (TargetStatus.Missed, Catalogue.Reasons.Missed(goal.Deadline, actual.Value));
        }

        if (overdue.Length > 0)
        {
            return (TargetStatus.NotReported, Catalogue.Reasons.Overdue(overdue.Select(p => calendar[p])));
        }

        return Light(goal, actual, expected, thresholds);
    }

    // Red, yellow or green against the trajectory (rule 4 of docs/evaluation.md).
    private static (TargetStatus, Words) Light(TargetGoal goal, ActualValue actual, decimal? expected, StatusThresholds thresholds)
    {
        if (goal.Measure == Measure.BottomLine)
        {
            return actual.Value > 0
                ? (TargetStatus.AtRisk, Catalogue.Reasons.Breached(actual.Value.Value))
                : (TargetStatus.OnTrack, Catalogue.Reasons.Held);
        }

        if (expected is not { } e)
        {
            return (TargetStatus.OnTrack, goal.Measure == Measure.Direction && goal.Baseline is null
                ? Catalogue.Reasons.NoBaseline : Catalogue.Reasons.NothingDue(actual.Value));
        }

        if (actual.Value is not { } a)
        {
            return goal.Measure is Measure.Level or Measure.Direction
                ? (TargetStatus.Behind, Catalogue.Reasons.NoValue)
                : Colour(ProgressShare.Of(goal.Comparator, 0m, e, goal.Upper), thresholds, 0m, e);
        }

        if (goal.Comparator == Comparator.About)
        {
            var off = ProgressShare.Deviation(a, e);
            var status = off <= thresholds.AboutTolerance ? TargetStatus.OnTrack
                : off <= 2 * thresholds.AboutTolerance ? TargetStatus.Behind : TargetStatus.AtRisk;
            return (status, Catalogue.Reasons.Deviation(a, off, e));
        }

        var comparator = goal.Measure == Measure.Direction && goal.Comparator == Comparator.Equal ? Comparator.AtLeast : goal.Comparator;
        return Colour(ProgressShare.Of(comparator, a, e, goal.Upper), thresholds, a, e);
    }

    private static (TargetStatus, Words) Colour(decimal? share, StatusThresholds thresholds, decimal actual, decimal expected)
    {
        var status = share >= thresholds.Yellow ? TargetStatus.OnTrack
            : share >= thresholds.Red ? TargetStatus.Behind : TargetStatus.AtRisk;
        return (status, Catalogue.Reasons.Against(status, actual, expected));
    }

    // Observations of periods that had begun by the as-of date: a later report cannot have existed then.
    private static ReadOnlySpan<Observation> Started(ReadOnlySpan<Observation> approved, ReportingCalendar calendar, DateOnly asOf)
    {
        var started = 0;
        while (started < calendar.Periods.Count && calendar.Periods[started].Start <= asOf)
        {
            started++;
        }

        foreach (var o in approved)
        {
            if (o.Period > started)
            {
                var kept = new List<Observation>(approved.Length);
                foreach (var k in approved)
                {
                    if (k.Period <= started)
                    {
                        kept.Add(k);
                    }
                }

                return kept.ToArray();
            }
        }

        return approved;
    }

    private static int[] Overdue(PeriodSet reported, int pastDue)
    {
        var missing = 0;
        for (var p = 1; p <= pastDue; p++)
        {
            missing += reported.Contains(p) ? 0 : 1;
        }

        if (missing == 0)
        {
            return [];
        }

        var overdue = new int[missing];
        for (int p = 1, i = 0; p <= pastDue; p++)
        {
            if (!reported.Contains(p))
            {
                overdue[i++] = p;
            }
        }

        return overdue;
    }
}
