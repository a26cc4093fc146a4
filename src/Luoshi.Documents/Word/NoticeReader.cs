using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Storage;

namespace Luoshi.Documents.Word;

/// <summary>Reads the quarterly notice of a plan from the ledger: the same evaluation as <c>luoshi status</c>, the same
/// ranking as the web's overview (<see cref="PlanStandings"/>) and the same histories as its target charts.</summary>
public static class NoticeReader
{
    /// <summary>The notice of <paramref name="plan"/> for <paramref name="period"/>, signed by <paramref name="issuer"/>
    /// (default: the region's 人民政府督查室) on <paramref name="date"/> (default: the evaluation day).</summary>
    public static async Task<QuarterlyNotice> ReadAsync(
        Storage.Ledger ledger, Plan plan, NoticePeriod period, string? issuer = null, DateOnly? date = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(period);
        var asOf = period.AsOf;
        var rows = await ledger.EvaluateAsync(plan.Id, asOf, null, ct).ConfigureAwait(false);
        var byCode = rows.ToDictionary(r => r.TargetCode, StringComparer.Ordinal);
        var reports = await ledger.ListReportsAsync(plan.Id, null, null, ct).ConfigureAwait(false);

        var tasks = new List<NoticeTask>();
        foreach (var task in plan.Tasks)
        {
            var targets = task.Targets.Where(t => byCode.ContainsKey(t.Code)).Select(t => new NoticeTarget(t, byCode[t.Code].Evaluation)).ToList();
            var latest = reports
                .Where(r => r.TaskCode == task.Code && r.State == ReportState.Approved && r.Period <= period.LastPeriod)
                .OrderByDescending(r => r.Period).ThenByDescending(r => r.Id)
                .FirstOrDefault();
            var report = latest is null ? null : await ledger.FindReportAsync(latest.Id, ct).ConfigureAwait(false);
            var progress = string.IsNullOrWhiteSpace(report?.Progress) ? null : report.Progress.Trim();
            var periodName = latest is null ? null : new Domain.Periods.ReportingCalendar(plan.Year, plan.Cadence)[latest.Period].Name;
            tasks.Add(new NoticeTask(task.Code, task.WorkItem, task.Text, task.LeadUnit, task.SupportingUnits, targets, progress, progress is null ? null : periodName));
        }

        var sections = Sections(plan, tasks, rows);
        var overdue = PlanStandings.Overdue(plan, asOf, reports);
        var ranking = PlanStandings.Units(plan, asOf, rows, reports, overdue);
        var behind = tasks.Where(t => t.Targets.Any(x => x.IsBehind))
            .Select(t => t with { Targets = [.. t.Targets.Where(x => x.IsBehind)] })
            .ToList();
        var red = new List<TargetHistory>();
        foreach (var task in plan.Tasks)
        {
            var redTargets = task.Targets.Where(t => byCode.TryGetValue(t.Code, out var row) && new NoticeTarget(t, row.Evaluation).IsRed).ToList();
            if (redTargets.Count == 0)
            {
                continue;
            }

            var full = new List<ProgressReport>();
            foreach (var summary in reports.Where(r => r.TaskCode == task.Code))
            {
                if (await ledger.FindReportAsync(summary.Id, ct).ConfigureAwait(false) is { } found)
                {
                    full.Add(found);
                }
            }

            red.AddRange(redTargets.Select(t => TargetHistory.Of(plan, t, full, asOf)));
        }

        return new QuarterlyNotice(
            plan.Region, plan.Year, period, issuer ?? $"{plan.Region}人民政府督查室", date ?? asOf,
            tasks.Count(t => t.Targets.Count > 0), StatusCounts.Count(rows.Select(r => r.Evaluation.Status)), sections, behind, ranking, red);
    }

    // A task belongs to the top-level section above its own; sections without any task are left out.
    private static List<NoticeSection> Sections(Plan plan, List<NoticeTask> tasks, IReadOnlyList<TargetStatusRow> rows)
    {
        var sections = plan.Sections.ToDictionary(s => s.Code, StringComparer.Ordinal);
        string Top(string code)
        {
            var seen = 0;
            while (sections.TryGetValue(code, out var s) && s.ParentCode is { } parent && sections.ContainsKey(parent) && seen++ < sections.Count)
            {
                code = parent;
            }

            return code;
        }

        var taskTop = plan.Tasks.ToDictionary(t => t.Code, t => Top(t.SectionCode), StringComparer.Ordinal);
        var rowTop = rows.Select(r => (Top: taskTop.GetValueOrDefault(r.TaskCode, r.SectionCode), r.Evaluation.Status)).ToList();
        return [.. plan.Sections.Where(s => s.ParentCode is null || !sections.ContainsKey(s.ParentCode))
            .Select(s => (Section: s, Tasks: tasks.Where(t => taskTop[t.Code] == s.Code).ToList()))
            .Select(x => new NoticeSection(
                x.Section.Number, Title(x.Section, x.Tasks), StatusCounts.Count(rowTop.Where(r => r.Top == x.Section.Code).Select(r => r.Status)), x.Tasks))
            .Where(s => s.Tasks.Count > 0)];
    }

    // A report's opening part has no heading of its own: its work items say what it is about.
    private static string Title(Section section, List<NoticeTask> tasks)
    {
        if (!string.IsNullOrWhiteSpace(section.Title))
        {
            return section.Title.Trim();
        }

        var items = tasks.Select(t => t.WorkItem).Where(w => !string.IsNullOrWhiteSpace(w)).Distinct(StringComparer.Ordinal).ToList();
        return items.Count is > 0 and <= 3 ? string.Join("、", items) : "其他重点任务";
    }
}
