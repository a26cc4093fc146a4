using Luoshi.Domain.Wording;
using Luoshi.Storage.Monitoring.Sections;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Monitoring.Water;

/// <summary>The sections a scope names: the one section with that code, or every section of the set with that name.</summary>
internal static class WaterScope
{
    public static async Task<(List<WaterSectionSite> Sections, Words? Problem)> ResolveAsync(LedgerDbContext db, string scope, CancellationToken ct)
    {
        var all = await db.WaterSections.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct).ConfigureAwait(false);
        return ScopeMembers.Resolve(all, scope, s => s.Code, s => s.Sets, Catalogue.Monitoring.Section, "luoshi sections import");
    }
}
