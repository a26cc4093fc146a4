using Luoshi.Domain.Wording;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Plans;

/// <summary>Messages for a plan or task that is not there, naming what the user asked for.</summary>
internal static class PlanLookup
{
    public static async Task<Problem> MissingTaskAsync(LedgerDbContext db, int planId, string taskCode, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new { p.Region, p.Year }).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        return plan is null ? Catalogue.Ledger.NoPlan(planId) : Catalogue.Ledger.NoTask(plan.Region, plan.Year, taskCode);
    }
}
