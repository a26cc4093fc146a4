using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;

namespace Luoshi.Domain.Evaluation;

/// <summary>A target evaluated period by period, each as of the day after that period's due day: what a chart draws
/// and what a ledger (台账) shows in its status column for each period.</summary>
public static class PeriodEvaluations
{
    /// <summary>One evaluation per period of <paramref name="calendar"/>, counting for period <c>p</c> only the approved
    /// values of periods up to <c>p</c>.</summary>
    /// <param name="approved">Values from approved reports, any order.</param>
    /// <param name="reported">Periods whose report has been submitted (or resubmitted, or approved).</param>
    public static TargetEvaluation[] Of(
        TargetGoal goal, ReportingCalendar calendar, ReadOnlySpan<Observation> approved, PeriodSet reported, StatusThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var evaluations = new TargetEvaluation[calendar.Periods.Count];
        var upTo = new List<Observation>(approved.Length);
        for (var p = 1; p <= evaluations.Length; p++)
        {
            upTo.Clear();
            foreach (var o in approved)
            {
                if (o.Period <= p)
                {
                    upTo.Add(o);
                }
            }

            // The day after the due day may already begin the next period (a due day on the month's last day), whose
            // report must not count towards this one: hence only the values of periods up to p.
            evaluations[p - 1] = TargetEvaluator.Evaluate(
                goal, calendar, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(upTo), reported, calendar[p].Due.AddDays(1), thresholds);
        }

        return evaluations;
    }
}
