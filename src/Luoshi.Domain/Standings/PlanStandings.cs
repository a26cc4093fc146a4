using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Reading;
using Luoshi.Domain.Time;

namespace Luoshi.Domain.Standings;

/// <summary>How a plan's sections and lead units stand on a day, from the ledger's evaluation and report list: the
/// web's overview and the quarterly notice both show exactly these, so they are worked out in one place.</summary>
public static class PlanStandings
{
    /// <summary>Each report section's targets by status, in the plan's order; sections without targets are left out.</summary>
    public static IReadOnlyList<SectionStatus> Sections(Plan plan, IReadOnlyList<TargetReading> targets)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(targets);
        var bySection = targets.ToLookup(t => t.Task.SectionCode, StringComparer.Ordinal);
        return [.. plan.Sections
            .Select(s => new SectionStatus(s.Code, s.Number, s.Title, StatusCounts.Count(bySection[s.Code].Select(t => t.Status))))
            .Where(s => s.Counts.Targets > 0)];
    }

    /// <summary>Every task with a lead unit owes a report for each past-due period; one not sent (a draft, a returned
    /// report not yet sent again, or none) is overdue — the rule of the evaluation's "not reported". Longest overdue first.</summary>
    public static IReadOnlyList<OverdueReport> Overdue(Plan plan, DateOnly asOf, IReadOnlyList<TaskReading> tasks)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var calendar = new ReportingCalendar(plan.Year, plan.Cadence);
        var list = Unsent(plan, tasks, 1, calendar.PastDue(asOf))
            .Select(o =>
            {
                var p = calendar[o.Period];
                return new OverdueReport(o.Task.Code, Shorten(o.Task.Text), o.Task.LeadUnit, o.Period, p.Name, p.Due, asOf.DayNumber - p.Due.DayNumber);
            });
        return [.. list.OrderByDescending(o => o.DaysLate).ThenBy(o => o.Unit, StringComparer.Ordinal).ThenBy(o => o.TaskCode, StringComparer.Ordinal)];
    }

    /// <summary>The reports owed and not sent for periods <paramref name="first"/> to <paramref name="last"/>: each
    /// task with a lead unit owes one per period, and only a sent report (submitted, resubmitted or approved) pays it.
    /// <see cref="Overdue"/> applies it to the past-due periods; reminders to the periods coming due as well.</summary>
    public static IEnumerable<(PlanTask Task, int Period)> Unsent(Plan plan, IReadOnlyList<TaskReading> tasks, int first, int last)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(tasks);
        var sent = tasks.ToDictionary(t => t.Code, t => t.Sent, StringComparer.Ordinal);
        foreach (var task in plan.Tasks.Where(t => t.LeadUnit is not null))
        {
            foreach (var period in ReportsOwed.Missing(sent.GetValueOrDefault(task.Code) ?? [], first, last))
            {
                yield return (task, period);
            }
        }
    }

    /// <summary>The ranking of lead units (排名), the one home of its rule (docs/evaluation.md "Unit ranking"): the
    /// on-time share of the reports due first, then the share of 签收 on time, then the share of their targets on track
    /// or achieved, then more tasks closed on time, then fewer extensions granted; units equal in all share a rank.
    /// <paramref name="overdue"/> is <see cref="Overdue"/>'s answer for the same day.</summary>
    public static IReadOnlyList<UnitStanding> Units(
        Plan plan, DateOnly asOf, IReadOnlyList<TaskReading> tasks, IReadOnlyList<OverdueReport> overdue)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(overdue);
        var calendar = new ReportingCalendar(plan.Year, plan.Cadence);
        var pastDue = calendar.PastDue(asOf);
        var due = plan.Tasks.Where(t => t.LeadUnit is not null).GroupBy(t => t.LeadUnit!).ToDictionary(g => g.Key, g => g.Count() * pastDue, StringComparer.Ordinal);
        var onTime = tasks.SelectMany(t => t.Sent)
            .Where(r => r.Period <= pastDue && r.SubmittedAt is { } at && ChinaTime.DayOf(at) <= calendar[r.Period].Due)
            .GroupBy(r => r.Unit)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var late = overdue.Where(o => o.Unit is not null).GroupBy(o => o.Unit!).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var byUnit = tasks.SelectMany(t => t.Targets).Where(t => t.Task.LeadUnit is not null).GroupBy(t => t.Task.LeadUnit!).ToDictionary(g => g.Key, g => StatusCounts.Count(g.Select(t => t.Status)), StringComparer.Ordinal);
        var names = due.Keys.Union(byUnit.Keys).ToList();
        var supervised = tasks.Where(t => t.Task.LeadUnit is not null && t.Lifecycle is { } l && l.IsAssignedBy(asOf))
            .GroupBy(t => t.Task.LeadUnit!).ToDictionary(g => g.Key, g => g.Select(t => t.Lifecycle!).ToList(), StringComparer.Ordinal);
        var standings = names.Select(unit =>
        {
            var counts = byUnit.GetValueOrDefault(unit) ?? StatusCounts.Count([]);
            var d = due.GetValueOrDefault(unit);
            var t = Math.Min(onTime.GetValueOrDefault(unit), d);
            var share = d == 0 ? 1m : Math.Round((decimal)t / d, 4);
            var green = counts.Targets == 0 ? 1m : Math.Round((decimal)counts.Green / counts.Targets, 4);
            var lives = supervised.GetValueOrDefault(unit) ?? [];
            var signsDue = lives.Count(l => l.IsSignedBy(asOf) || asOf > l.SignDue);
            var signsOnTime = lives.Count(l => l.IsSignedBy(asOf) && l.SignedOn <= l.SignDue);
            var signShare = signsDue == 0 ? 1m : Math.Round((decimal)signsOnTime / signsDue, 4);
            var closedOnTime = lives.Count(l => l.IsClosedBy(asOf) && l.ClosedOn <= l.DeadlineOn(l.ClosedOn!.Value));
            var extensions = lives.Sum(l => l.Extensions.Count(e => e.GrantedBy(asOf)));
            return new UnitStanding(0, unit, counts, d, t, late.GetValueOrDefault(unit), share, green, signsDue, signsOnTime, signShare, closedOnTime, extensions);
        })
            .OrderByDescending(s => s.OnTimeShare).ThenByDescending(s => s.SignShare).ThenByDescending(s => s.GreenShare)
            .ThenByDescending(s => s.ClosedOnTime).ThenBy(s => s.Extensions).ThenBy(s => s.Unit, StringComparer.Ordinal)
            .ToList();
        // Equal shares share a rank (1, 2, 2, 4), as published rankings do.
        for (var i = 0; i < standings.Count; i++)
        {
            var tied = i > 0 && standings[i].RanksWith(standings[i - 1]);
            standings[i] = standings[i] with { Rank = tied ? standings[i - 1].Rank : i + 1 };
        }

        return standings;
    }

    /// <summary>A task's sentence cut to 40 characters, as lists of tasks show it.</summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
