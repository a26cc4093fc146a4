using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Reading;
using Luoshi.Domain.Standings;

namespace Luoshi.Documents.Word;

/// <summary>Reads the quarterly notice of a plan: the plan's reading as of the notice's day — the same figures as
/// <c>luoshi status</c>, the same ranking as the web's overview and the same histories as its target charts.</summary>
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
        var reading = await ledger.ReadPlanAsync(plan.Id, period.AsOf, ReadingParts.Narratives, ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"plan {plan.Id} vanished while its notice was read");
        return Of(reading, period, issuer, date);
    }

    /// <summary>The notice made of a plan's reading as of the notice's day.</summary>
    public static QuarterlyNotice Of(PlanReading reading, NoticePeriod period, string? issuer = null, DateOnly? date = null)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(period);
        var plan = reading.Plan;
        var tasks = reading.Tasks.Select(t => Task(t, period, reading)).ToList();
        var behind = tasks.Where(t => t.IsBehind)
            .Select(t => t with { Targets = [.. t.Targets.Where(x => x.IsBehind)] })
            .ToList();
        var red = reading.Targets.Where(t => new NoticeTarget(t.Target, t.Now).IsRed).Select(TargetHistory.Of).ToList();
        return new QuarterlyNotice(
            plan.Region, plan.Year, period, issuer ?? $"{plan.Region}人民政府督查室", date ?? reading.AsOf,
            tasks.Count, reading.TaskTotals, reading.Totals, Sections(reading, tasks), behind, reading.Units, red);
    }

    private static NoticeTask Task(TaskReading task, NoticePeriod period, PlanReading reading)
    {
        var latest = task.LatestApproved(period.LastPeriod);
        var progress = string.IsNullOrWhiteSpace(latest?.Progress) ? null : latest.Progress.Trim();
        var periodName = latest is null || progress is null ? null : reading.Calendar[latest.Period].Name;
        var t = task.Task;
        return new NoticeTask(t.Code, t.WorkItem, t.Text, t.LeadUnit, t.SupportingUnits,
            [.. task.Targets.Select(x => new NoticeTarget(x.Target, x.Now))], progress, periodName, task.Status);
    }

    // A task belongs to the top-level section above its own; sections without any task are left out.
    private static List<NoticeSection> Sections(PlanReading reading, List<NoticeTask> tasks)
    {
        var plan = reading.Plan;
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
        var targetTop = reading.Targets.Select(t => (Top: taskTop[t.Task.Code], t.Status)).ToList();
        return [.. plan.Sections.Where(s => s.ParentCode is null || !sections.ContainsKey(s.ParentCode))
            .Select(s => (Section: s, Tasks: tasks.Where(t => taskTop[t.Code] == s.Code).ToList()))
            .Select(x => new NoticeSection(
                x.Section.Number, Title(x.Section, x.Tasks), StatusCounts.Count(targetTop.Where(r => r.Top == x.Section.Code).Select(r => r.Status)), x.Tasks))
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
