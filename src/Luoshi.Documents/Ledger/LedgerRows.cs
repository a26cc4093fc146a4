using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;

namespace Luoshi.Documents.Ledger;

/// <summary>Lays a plan and its reports out as ledger rows: each target's values period by period, each period's
/// status as of the day after its due day (the rule of the target chart, <see cref="PeriodEvaluations"/>), and the
/// status as of the ledger's date.</summary>
internal static class LedgerRows
{
    public static List<LedgerRow> Of(Plan plan, IReadOnlyList<ProgressReport> reports, DateOnly asOf)
    {
        var calendar = new ReportingCalendar(plan.Year, plan.Cadence);
        var pastDue = calendar.PastDue(asOf);
        // Reports for periods that had not begun by the ledger's date are not shown, as the evaluation ignores them.
        var byTask = reports.Where(r => calendar[r.Period].Start <= asOf).ToLookup(r => r.TaskId);
        var sections = plan.Sections.ToDictionary(s => s.Code, s => $"{s.Number} {s.Title}".Trim());
        var rows = new List<LedgerRow>(plan.Tasks.Sum(t => Math.Max(1, t.Targets.Count)));
        foreach (var task in plan.Tasks)
        {
            var taskReports = byTask[task.Id].ToArray();
            var reported = taskReports.Where(r => ReportWorkflow.CountsAsReported(r.State)).Aggregate(new PeriodSet(0), (set, r) => set.With(r.Period));
            var latest = taskReports.Where(r => ReportWorkflow.CountsAsReported(r.State)).MaxBy(r => r.Period);
            var section = sections.GetValueOrDefault(task.SectionCode, task.SectionCode);
            if (task.Targets.Count == 0)
            {
                rows.Add(new LedgerRow(section, task, null, [], null, latest));
                continue;
            }

            foreach (var target in task.Targets)
            {
                var (cells, now) = Periods(target, calendar, taskReports, reported, pastDue, asOf, plan.Thresholds);
                rows.Add(new LedgerRow(section, task, target, cells, now, latest));
            }
        }

        return rows;
    }

    private static (PeriodCell[] Cells, TargetEvaluation Now) Periods(
        Target target, ReportingCalendar calendar, ProgressReport[] reports, PeriodSet reported, int pastDue, DateOnly asOf, StatusThresholds thresholds)
    {
        var goal = TargetGoal.Of(target);
        var cells = new PeriodCell[calendar.Periods.Count];
        var approved = new List<Observation>();
        foreach (var report in reports)
        {
            var value = report.Values.FirstOrDefault(v => v.TargetId == target.Id);
            var pending = report.State is ReportState.Submitted or ReportState.Resubmitted;
            if (value is null || !(pending || report.State == ReportState.Approved))
            {
                continue;
            }

            cells[report.Period - 1] = new PeriodCell(Shown(value), value.DoneOn, pending, null);
            if (!pending)
            {
                approved.Add(new Observation(report.Period, value.Value, value.Numerator, value.Denominator, value.DoneOn));
            }
        }

        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(approved);
        var byPeriod = PeriodEvaluations.Of(goal, calendar, span, reported, thresholds);
        for (var p = 1; p <= pastDue; p++)
        {
            cells[p - 1] = cells[p - 1] with { Status = byPeriod[p - 1].Status };
        }

        return (cells, TargetEvaluator.Evaluate(goal, calendar, span, reported, asOf, thresholds));
    }

    // A ratio reported as its parts shows as the percentage the evaluation reads from it.
    private static decimal? Shown(ProgressValue value) =>
        value.Value ?? (value is { Numerator: { } n, Denominator: { } d } && d != 0 ? Math.Round(n / d * 100m, 2) : null);
}
