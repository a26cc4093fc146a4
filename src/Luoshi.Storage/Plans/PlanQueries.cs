using Luoshi.Domain.Plans;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Plans;

/// <summary>Reads plans, whole (sections, tasks, targets in report order) or as a list of plan rows.</summary>
internal static class PlanQueries
{
    public static Task<Plan?> LoadAsync(LedgerDbContext db, string region, int year, bool tracking, CancellationToken ct) =>
        Whole(db, tracking).SingleOrDefaultAsync(p => p.Region == region && p.Year == year, ct);

    /// <summary>The plans with <paramref name="ids"/>, whole, untracked.</summary>
    public static Task<List<Plan>> LoadManyAsync(LedgerDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct) =>
        Whole(db, tracking: false).Where(p => ids.Contains(p.Id)).ToListAsync(ct);

    public static Task<List<Plan>> ListAsync(LedgerDbContext db, CancellationToken ct) =>
        db.Plans.AsNoTracking().OrderBy(p => p.Year).ThenBy(p => p.Region).ToListAsync(ct);

    // Split queries: one plan carries hundreds of tasks and targets, which a single join would repeat per row.
    private static IQueryable<Plan> Whole(LedgerDbContext db, bool tracking)
    {
        var plans = tracking ? db.Plans.AsTracking() : db.Plans.AsNoTracking();
        return plans
            .AsSplitQuery()
            .Include(p => p.Sections.OrderBy(s => EF.Property<int>(s, ReportOrder.Column)))
            .Include(p => p.Tasks.OrderBy(t => EF.Property<int>(t, ReportOrder.Column)))
            .ThenInclude(t => t.Targets.OrderBy(g => EF.Property<int>(g, ReportOrder.Column)));
    }
}
