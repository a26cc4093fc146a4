using Luoshi.Domain.Units;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Households.Reading;

/// <summary>The villages whose households a viewer may see: all for the office, leaders and administrators; for a
/// town's or village's staff their unit and the villages under it; for anyone else (a department's reporter) none.</summary>
internal static class AreaScope
{
    /// <summary>Null for every village, else the codes of the villages in scope (possibly none).</summary>
    public static async Task<HashSet<string>?> VillagesAsync(LedgerDbContext db, HouseholdViewer viewer, CancellationToken ct)
    {
        if (viewer.SeesAll)
        {
            return null;
        }

        var units = await db.Units.AsNoTracking().Select(u => new { u.Code, u.Name, u.Kind, u.ParentCode }).ToListAsync(ct).ConfigureAwait(false);
        var unit = units.Find(u => viewer.Unit is { } v && (u.Code == v || u.Name == v));
        return unit?.Kind switch
        {
            OrgUnitKind.Village => [unit.Code],
            OrgUnitKind.Town or OrgUnitKind.Subdistrict => [.. units.Where(u => u.Kind == OrgUnitKind.Village && u.ParentCode == unit.Code).Select(u => u.Code)],
            _ => [],
        };
    }
}
