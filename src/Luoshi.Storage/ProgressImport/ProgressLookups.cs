using Luoshi.Domain.Plans;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Progress;
using Luoshi.Storage.Schema;
using Luoshi.Storage.Schema.Configurations;
using Luoshi.Storage.Units;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.ProgressImport;

/// <summary>The small tables a progress file is checked against, loaded once: the plan's tasks and targets by code,
/// the unit names, and the reports already stored. Everything else streams.</summary>
internal sealed class ProgressLookups
{
    public required string Plan { get; init; }

    /// <summary>The file's name, for the place of an error.</summary>
    public required string File { get; init; }

    public required ReportingCalendar Calendar { get; init; }

    public required Dictionary<string, TaskInfo> Tasks { get; init; }

    public required Dictionary<string, TargetInfo> Targets { get; init; }

    public required UnitNames Units { get; init; }

    /// <summary>Reports already stored, by <see cref="ReportKey"/>.</summary>
    public required Dictionary<int, StoredReport> Reports { get; init; }

    public int Periods => Calendar.Periods.Count;

    /// <summary>One number for a task and a period (periods are at most 32, <see cref="PeriodSet"/>).</summary>
    public static int ReportKey(int taskIndex, int period) => (taskIndex * 32) + period;

    public static async Task<ProgressLookups?> LoadAsync(LedgerDbContext db, int planId, string file, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new { p.Region, p.Year, p.Cadence }).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        if (plan is null)
        {
            return null;
        }

        var tasks = await db.Tasks.AsNoTracking().Where(t => t.PlanId == planId).ToListAsync(ct).ConfigureAwait(false);
        var units = new UnitNames(await db.Units.AsNoTracking().ToListAsync(ct).ConfigureAwait(false));
        // A task keeps the parser's unit names (人社局) until the office assigns it; compare by the ledger's full names.
        var taskInfos = tasks.Select((t, i) => new TaskInfo(i, t.Id, t.Code, [.. TaskUnits(t).Select(n => units.Find(n) ?? n)], t.LeadUnit is { } lead ? units.Find(lead) ?? lead : null))
            .ToDictionary(t => t.Code, StringComparer.Ordinal);
        var byId = taskInfos.Values.ToDictionary(t => t.Id);
        var targets = await db.Targets.AsNoTracking().Where(t => EF.Property<int>(t, TargetConfiguration.PlanId) == planId)
            .Select(t => new { t.Id, t.Code, t.TaskId }).ToListAsync(ct).ConfigureAwait(false);
        // A join on the plan, not Contains over the task ids: EF sends the ids along with the query, and for a plan of
        // 27,778 tasks that query alone took 6 s on an empty table (the join: 40 ms).
        var reports = await (
            from r in db.Reports.AsNoTracking()
            join t in db.Tasks on r.TaskId equals t.Id
            where t.PlanId == planId
            select new { r.Id, r.TaskId, r.Period, r.State, r.Version }).ToListAsync(ct).ConfigureAwait(false);
        return new ProgressLookups
        {
            Plan = $"{plan.Region} {plan.Year}",
            File = file,
            Calendar = new ReportingCalendar(plan.Year, plan.Cadence),
            Tasks = taskInfos,
            Targets = targets.Select((t, i) => new TargetInfo(i, t.Id, t.Code, byId[t.TaskId])).ToDictionary(t => t.Code, StringComparer.Ordinal),
            Units = units,
            Reports = reports.ToDictionary(r => ReportKey(byId[r.TaskId].Index, r.Period), r => new StoredReport(r.Id, r.State, r.Version)),
        };
    }

    private static IEnumerable<string> TaskUnits(PlanTask task) => new[] { task.LeadUnit }.Concat(task.SupportingUnits).OfType<string>();

    /// <summary>A task of the plan: its position (for the report key), id, code and the units that may report on it.</summary>
    internal sealed record TaskInfo(int Index, int Id, string Code, HashSet<string> Units, string? Lead);

    /// <summary>A target of the plan and the task it belongs to.</summary>
    internal sealed record TargetInfo(int Index, int Id, string Code, TaskInfo Task);

    /// <summary>A report already in the ledger for a task and period.</summary>
    internal sealed record StoredReport(int Id, ReportState State, int Version);
}
