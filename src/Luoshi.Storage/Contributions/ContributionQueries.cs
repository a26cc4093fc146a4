using Luoshi.Domain.Progress;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Contributions;

/// <summary>Reads supporting units' contributions: one, or a plan's (optionally of one task, period or unit).</summary>
internal static class ContributionQueries
{
    public static Task<Contribution?> FindAsync(LedgerDbContext db, int id, CancellationToken ct) =>
        db.Contributions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);

    public static async Task<IReadOnlyList<ContributionSummary>> ListAsync(
        LedgerDbContext db, int planId, string? taskCode, int? period, string? unit, CancellationToken ct)
    {
        var rows = await (
            from c in db.Contributions.AsNoTracking()
            join t in db.Tasks on c.TaskId equals t.Id
            where t.PlanId == planId && (taskCode == null || t.Code == taskCode) && (period == null || c.Period == period)
                && (unit == null || c.Unit == unit)
            select new { t.Code, Contribution = c }).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows
            .OrderBy(r => r.Contribution.Period).ThenBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Contribution.Unit, StringComparer.Ordinal)
            .Select(r => new ContributionSummary(
                r.Contribution.Id, r.Code, r.Contribution.Period, r.Contribution.Unit, r.Contribution.Progress, r.Contribution.Problems,
                r.Contribution.NextSteps, r.Contribution.Evidence, r.Contribution.SavedAt, r.Contribution.Version))];
    }
}
