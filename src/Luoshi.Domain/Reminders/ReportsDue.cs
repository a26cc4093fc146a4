using Luoshi.Domain.Reading;
using Luoshi.Domain.Standings;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Reminders;

/// <summary>Progress reports owed: every report the reading lists as overdue, and those of periods due from the
/// reading's day to <c>until</c> and not sent — both by <see cref="PlanStandings.Unsent"/>, the overdue rule itself.</summary>
public sealed class ReportsDue : IDueSource
{
    /// <inheritdoc/>
    public IEnumerable<DueItem> Due(PlanReading reading, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(reading);
        foreach (var late in reading.Overdue.Where(o => o.Unit is not null))
        {
            yield return Item(reading, late.TaskCode, late.Task, late.Unit!, late.Period);
        }

        var first = reading.Calendar.PastDue(reading.AsOf) + 1;
        var last = reading.Calendar.PastDue(until.AddDays(1));
        foreach (var owed in PlanStandings.Unsent(reading.Plan, reading.Tasks, first, last))
        {
            yield return Item(reading, owed.Task.Code, PlanStandings.Shorten(owed.Task.Text), owed.Task.LeadUnit!, owed.Period);
        }
    }

    private static DueItem Item(PlanReading reading, string taskCode, string task, string unit, int period)
    {
        var p = reading.Calendar[period];
        var planId = reading.Plan.Id;
        return new DueItem(
            DueKind.Report, $"report:{planId}:{taskCode}:{period}", planId, taskCode, task,
            Catalogue.Reminders.ReportOf(p), unit, p.Due, $"/reports/new?plan={planId}&task={Uri.EscapeDataString(taskCode)}&period={period}");
    }
}
