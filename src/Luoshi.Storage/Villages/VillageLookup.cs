using Luoshi.Domain.Units;
using Luoshi.Domain.Villages.Register;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Villages;

/// <summary>Loads the ledger's villages as the yearly files name them (<see cref="VillageNames"/>).</summary>
internal static class VillageLookup
{
    public static async Task<VillageNames> LoadAsync(LedgerDbContext db, CancellationToken ct) =>
        new((await db.Units.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Village)
            .Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct).ConfigureAwait(false)).Select(v => (v.Id, v.Code, v.Name)));
}
