using Luoshi.Domain.Progress;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Reports;

/// <summary>Reads progress reports: one with its values, or a plan's list (the office's review queue, a unit's own).</summary>
internal static class ReportQueries
{
    public static Task<ProgressReport?> FindAsync(LedgerDbContext db, int reportId, CancellationToken ct) =>
        db.Reports.AsNoTracking().Include(r => r.Values).SingleOrDefaultAsync(r => r.Id == reportId, ct);

    // Split: one query for the reports, one for their values, instead of a join that repeats each report's three
    // narrative texts once per value.
    public static async Task<IReadOnlyList<ProgressReport>> ListWithValuesAsync(LedgerDbContext db, int planId, CancellationToken ct) =>
        await db.Reports.AsNoTracking().AsSplitQuery().Include(r => r.Values)
            .Where(r => db.Tasks.Any(t => t.Id == r.TaskId && t.PlanId == planId))
            .OrderBy(r => r.Period).ThenBy(r => r.TaskId)
            .ToListAsync(ct).ConfigureAwait(false);

    /// <summary>The summaries of one plan's reports, or of every plan's, by plan id, each list in period order.</summary>
    public static async Task<Dictionary<int, IReadOnlyList<ReportSummary>>> ListAllAsync(LedgerDbContext db, int? planId, CancellationToken ct)
    {
        var rows = await (
            from r in db.Reports.AsNoTracking()
            join t in db.Tasks on r.TaskId equals t.Id
            where planId == null || t.PlanId == planId
            orderby t.PlanId, r.Period, t.Code, r.Id
            select new { t.PlanId, Summary = new ReportSummary(r.Id, t.Code, r.Period, r.Unit, r.State, r.Version, r.SubmittedAt, r.ReturnReason) })
            .ToListAsync(ct).ConfigureAwait(false);
        return rows.GroupBy(r => r.PlanId).ToDictionary(g => g.Key, g => (IReadOnlyList<ReportSummary>)[.. g.Select(r => r.Summary)]);
    }

    public static async Task<IReadOnlyList<ReportSummary>> ListAsync(
        LedgerDbContext db, int planId, ReportState? state, string? unit, CancellationToken ct) =>
        await (
            from r in db.Reports.AsNoTracking()
            join t in db.Tasks on r.TaskId equals t.Id
            where t.PlanId == planId && (state == null || r.State == state) && (unit == null || r.Unit == unit)
            orderby r.Period, t.Code, r.Id
            select new ReportSummary(r.Id, t.Code, r.Period, r.Unit, r.State, r.Version, r.SubmittedAt, r.ReturnReason))
            .ToListAsync(ct).ConfigureAwait(false);
}
