using Luoshi.Domain.Wording;
using Luoshi.Storage.Monitoring.Stations;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Monitoring.Air;

/// <summary>The stations a scope names: the one station with that code, or every station of the set with that name.</summary>
internal static class AirScope
{
    public static async Task<(List<AirStation> Stations, Words? Problem)> ResolveAsync(LedgerDbContext db, string scope, CancellationToken ct)
    {
        var all = await db.AirStations.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct).ConfigureAwait(false);
        return ScopeMembers.Resolve(all, scope, s => s.Code, s => s.Sets, Catalogue.Monitoring.Station, "luoshi stations import");
    }
}
