using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Storage;

namespace Luoshi.Web.Reading.Overview;

/// <summary>Builds the overview of a plan from the ledger's evaluation and report list, cached with them.</summary>
public sealed class OverviewReader(LedgerReads reads)
{
    /// <summary>The overview of <paramref name="plan"/> on <paramref name="asOf"/>.</summary>
    public Task<OverviewData> ReadAsync(Plan plan, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return reads.CachedAsync($"overview:{plan.Id}:{asOf:yyyy-MM-dd}", async token =>
        {
            var rows = await reads.StatusAsync(plan.Id, asOf, token).ConfigureAwait(false);
            var reports = await reads.ReportsAsync(plan.Id, token).ConfigureAwait(false);
            return Build(plan, asOf, rows, reports);
        }, ct);
    }

    internal static OverviewData Build(Plan plan, DateOnly asOf, IReadOnlyList<TargetStatusRow> rows, IReadOnlyList<ReportSummary> reports)
    {
        var calendar = new ReportingCalendar(plan.Year, plan.Cadence);
        var sections = plan.Sections
            .Select(s => new SectionStatus(s.Code, s.Number, s.Title, StatusCounts.Count(rows.Where(r => r.SectionCode == s.Code).Select(r => r.Evaluation.Status))))
            .Where(s => s.Counts.Targets > 0)
            .ToList();
        var overdue = Overdue(plan, calendar, asOf, reports);
        var units = Standings(plan, calendar, asOf, rows, reports, overdue);
        var heading = new PlanHeading(plan.Id, plan.Region, plan.Year, plan.Cadence.Frequency == ReportingFrequency.Monthly ? "monthly" : "quarterly");
        return new OverviewData(heading, asOf, StatusCounts.Count(rows.Select(r => r.Evaluation.Status)), sections, units, overdue);
    }

    /// <summary>Every task with a lead unit owes a report for each past-due period; one not yet submitted is overdue.</summary>
    private static List<OverdueReport> Overdue(Plan plan, ReportingCalendar calendar, DateOnly asOf, IReadOnlyList<ReportSummary> reports)
    {
        var handedIn = reports.Where(r => r.State != ReportState.Draft).Select(r => (r.TaskCode, r.Period)).ToHashSet();
        var pastDue = calendar.PastDue(asOf);
        var list = new List<OverdueReport>();
        foreach (var task in plan.Tasks.Where(t => t.LeadUnit is not null))
        {
            for (var period = 1; period <= pastDue; period++)
            {
                if (!handedIn.Contains((task.Code, period)))
                {
                    var p = calendar[period];
                    list.Add(new OverdueReport(task.Code, Shorten(task.Text), task.LeadUnit, period, p.Name, p.Due, asOf.DayNumber - p.Due.DayNumber));
                }
            }
        }

        return [.. list.OrderByDescending(o => o.DaysLate).ThenBy(o => o.Unit, StringComparer.Ordinal).ThenBy(o => o.TaskCode, StringComparer.Ordinal)];
    }

    private static List<UnitStanding> Standings(
        Plan plan, ReportingCalendar calendar, DateOnly asOf, IReadOnlyList<TargetStatusRow> rows, IReadOnlyList<ReportSummary> reports,
        List<OverdueReport> overdue)
    {
        var pastDue = calendar.PastDue(asOf);
        var due = plan.Tasks.Where(t => t.LeadUnit is not null).GroupBy(t => t.LeadUnit!).ToDictionary(g => g.Key, g => g.Count() * pastDue, StringComparer.Ordinal);
        var onTime = reports
            .Where(r => r.State != ReportState.Draft && r.Period <= pastDue && r.SubmittedAt is { } at && ChinaDay(at) <= calendar[r.Period].Due)
            .GroupBy(r => r.Unit)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var late = overdue.Where(o => o.Unit is not null).GroupBy(o => o.Unit!).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var byUnit = rows.Where(r => r.LeadUnit is not null).GroupBy(r => r.LeadUnit!).ToDictionary(g => g.Key, g => StatusCounts.Count(g.Select(r => r.Evaluation.Status)), StringComparer.Ordinal);
        var names = due.Keys.Union(byUnit.Keys).ToList();
        var standings = names.Select(unit =>
        {
            var counts = byUnit.GetValueOrDefault(unit) ?? StatusCounts.Count([]);
            var d = due.GetValueOrDefault(unit);
            var t = Math.Min(onTime.GetValueOrDefault(unit), d);
            var share = d == 0 ? 1m : Math.Round((decimal)t / d, 4);
            var green = counts.Targets == 0 ? 1m : Math.Round((decimal)counts.Green / counts.Targets, 4);
            return new UnitStanding(0, unit, counts, d, t, late.GetValueOrDefault(unit), share, green);
        })
            .OrderByDescending(s => s.OnTimeShare).ThenByDescending(s => s.GreenShare).ThenBy(s => s.Unit, StringComparer.Ordinal)
            .ToList();
        // Equal shares share a rank (1, 2, 2, 4), as published rankings do.
        for (var i = 0; i < standings.Count; i++)
        {
            var tied = i > 0 && standings[i].OnTimeShare == standings[i - 1].OnTimeShare && standings[i].GreenShare == standings[i - 1].GreenShare;
            standings[i] = standings[i] with { Rank = tied ? standings[i - 1].Rank : i + 1 };
        }

        return standings;
    }

    private static DateOnly ChinaDay(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
