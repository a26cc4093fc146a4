using Luoshi.Domain.Households;
using Luoshi.Domain.Units;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Households.Reading;

/// <summary>The household list: only households in the viewer's area, one page at a time, names and identity
/// numbers masked whoever reads it.</summary>
internal static class HouseholdQueries
{
    public const int MaxPageSize = 200;

    public static async Task<StoreResult<HouseholdPage>> ListAsync(
        LedgerDbContext db, HouseholdViewer viewer, HouseholdFilter filter, int page, int pageSize, CancellationToken ct)
    {
        (page, pageSize) = (Math.Max(1, page), Math.Clamp(pageSize, 1, MaxPageSize));
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct).ConfigureAwait(false);
        var scope = await AreaScope.VillagesAsync(db, viewer, ct).ConfigureAwait(false);
        if (filter.Area is { } area)
        {
            if (!units.TryGetValue(area, out var unit) || unit.Kind is not (OrgUnitKind.Town or OrgUnitKind.Subdistrict or OrgUnitKind.Village))
            {
                return StoreResults.Fail<HouseholdPage>(Catalogue.Households.NoArea(area), Place.OfField("area"));
            }

            var villages = unit.Kind == OrgUnitKind.Village ? [unit.Code]
                : units.Values.Where(u => u.ParentCode == unit.Code && u.Kind == OrgUnitKind.Village).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
            scope = scope is null ? villages : [.. scope.Intersect(villages)];
        }

        var query = db.Households.AsNoTracking();
        if (scope is not null)
        {
            var codes = scope.ToList();
            query = query.Where(h => codes.Contains(h.VillageCode));
        }

        if (filter.State is { } state)
        {
            query = query.Where(h => h.State == state);
        }

        // Words find a household by its head's name (the full name is searched, only the masked one is shown), by
        // its village or town's name, or by its number.
        if (filter.Words?.Trim() is { Length: > 0 } words)
        {
            var named = units.Values.Where(u => u.Kind == OrgUnitKind.Village && (u.Name.Contains(words, StringComparison.Ordinal)
                    || (u.ParentCode is { } parent && units.TryGetValue(parent, out var town) && town.Name.Contains(words, StringComparison.Ordinal))))
                .Select(u => u.Code).ToList();
            query = query.Where(h => h.HeadName.Contains(words) || named.Contains(h.VillageCode) || h.Number == words);
        }

        var total = await query.CountAsync(ct).ConfigureAwait(false);
        var rows = await query.OrderBy(h => h.Number).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct).ConfigureAwait(false);
        var items = rows.Select(h => new HouseholdListItem(
            h.Number, h.VillageCode, units.TryGetValue(h.VillageCode, out var v) ? v.Name : h.VillageCode,
            PersonalData.MaskName(h.HeadName), PersonalData.MaskIdentityNumber(h.HeadIdNumber), h.Members.Count + 1,
            h.IncomeYear, h.Income, h.State, h.Risks)).ToList();
        return StoreResults.Ok(new HouseholdPage(items, total, page, pageSize));
    }
}
