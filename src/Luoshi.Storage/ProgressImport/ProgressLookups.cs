using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Units;
using Luoshi.Domain.Values;
using Luoshi.Intake.Progress;
using Luoshi.Storage.Reading;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.ProgressImport;

/// <summary>Loads what a progress file is checked against (<see cref="ProgressPlan"/>): the plan's tasks and targets by
/// code with each target's value rule, the unit names, and the reports already stored.</summary>
internal static class ProgressLookups
{
    public static async Task<ProgressPlan?> LoadAsync(LedgerDbContext db, int planId, CancellationToken ct)
    {
        // Plain readers throughout: a city's plan has tens of thousands of tasks and targets, and EF's materialisation (and
        // the compilation of its first queries in a fresh process, a third of a second) cost more than reading the few
        // columns the rows are checked by.
        (string Region, int Year, ReportingCadence Cadence)? plan = null;
        await RowReading.ForEachAsync(db, "SELECT region, year, cadence_frequency, cadence_due_day FROM plans WHERE id = @plan", planId, r =>
            plan = (r.GetString(0), r.GetInt32(1), new ReportingCadence(Enum.Parse<ReportingFrequency>(r.GetString(2)), r.IsDBNull(3) ? null : r.GetInt32(3))),
            ct).ConfigureAwait(false);
        if (plan is not { } found)
        {
            return null;
        }

        var orgUnits = new List<OrgUnit>();
        await RowReading.ForEachAsync(db, "SELECT code, name, kind, aliases FROM org_units", [], r => orgUnits.Add(new OrgUnit
        {
            Code = r.GetString(0),
            Name = r.GetString(1),
            Kind = Enum.Parse<OrgUnitKind>(r.GetString(2)),
            Aliases = JsonColumn.Deserialize<string>(r.GetString(3)),
        }), ct).ConfigureAwait(false);
        var units = new UnitNames(orgUnits);
        var taskEntries = new Dictionary<string, TaskEntry>(StringComparer.Ordinal);
        await RowReading.ForEachAsync(db, "SELECT id, code, lead_unit, supporting_units FROM tasks WHERE plan_id = @plan", planId, r =>
        {
            var lead = r.IsDBNull(2) ? null : r.GetString(2);
            // A task keeps the parser's unit names (人社局) until the office assigns it; compare by the ledger's full names.
            var names = new[] { lead }.Concat(JsonColumn.Deserialize<string>(r.GetString(3))).OfType<string>().Select(n => units.Find(n) ?? n);
            var code = r.GetString(1);
            taskEntries[code] = new TaskEntry(taskEntries.Count, r.GetInt32(0), code, [.. names], lead is null ? null : units.Find(lead) ?? lead);
        }, ct).ConfigureAwait(false);
        var byId = taskEntries.Values.ToDictionary(t => t.Id);
        var targets = new Dictionary<string, TargetEntry>(StringComparer.Ordinal);
        await RowReading.ForEachAsync(db, "SELECT id, code, task_id, measure, unit, kind, deadline FROM targets WHERE plan_id = @plan", planId, r =>
        {
            var rule = ValueRule.Of(Enum.Parse<Measure>(r.GetString(3)), r.IsDBNull(4) ? null : r.GetString(4), Enum.Parse<TargetKind>(r.GetString(5)),
                Day(r, 6), found.Year);
            var code = r.GetString(1);
            targets[code] = new TargetEntry(targets.Count, r.GetInt32(0), code, byId[r.GetInt32(2)], rule);
        }, ct).ConfigureAwait(false);
        var reports = new Dictionary<int, StoredReport>();
        await RowReading.ForEachAsync(db,
            "SELECT r.id, r.task_id, r.period, r.state, r.version FROM progress_reports r JOIN tasks t ON t.id = r.task_id WHERE t.plan_id = @plan",
            planId, r => reports[ProgressPlan.ReportKey(byId[r.GetInt32(1)].Index, r.GetInt32(2))] =
                new StoredReport(r.GetInt32(0), Enum.Parse<ReportState>(r.GetString(3)), r.GetInt32(4)), ct).ConfigureAwait(false);
        return new ProgressPlan
        {
            Name = $"{found.Region} {found.Year}",
            Calendar = new ReportingCalendar(found.Year, found.Cadence),
            Tasks = taskEntries,
            Targets = targets,
            Units = units,
            Reports = reports,
        };
    }

    // SQLite keeps a day as text ("2022-12-31"), which DayText reads several times faster than the provider's
    // culture-aware parse; PostgreSQL's date comes as one.
    private static DateOnly Day(System.Data.Common.DbDataReader row, int column) =>
        row.GetFieldType(column) == typeof(string) && DayText.Parse(row.GetString(column)) is { } day ? day : row.GetFieldValue<DateOnly>(column);
}
