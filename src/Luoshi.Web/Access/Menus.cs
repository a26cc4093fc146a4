using System.Security.Claims;
using Luoshi.Domain.Units;
using Luoshi.Web.Reading;

namespace Luoshi.Web.Access;

/// <summary>Which of the menu's areas a person can use, so the menu offers nothing that answers 403 or shows only empty
/// cards: the villages for those who read everything and town or subdistrict staff (as <c>VillageScope</c> lets them
/// in); the household monitoring for those who read everything and staff of a town, subdistrict or village (a
/// department holds no households).</summary>
public sealed record Menus(bool Villages, bool Households)
{
    /// <summary>The areas <paramref name="user"/> can use.</summary>
    public static async Task<Menus> OfAsync(ClaimsPrincipal user, LedgerReads reads, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(reads);
        if (user.ReadsAll())
        {
            return new Menus(true, true);
        }

        if (user.Role() != Domain.Access.AccountRole.UnitReporter || user.UnitName() is not { } unit)
        {
            return new Menus(false, false);
        }

        var kind = (await reads.UnitsAsync(ct).ConfigureAwait(false)).FirstOrDefault(u => u.Name == unit)?.Kind;
        return new Menus(kind is OrgUnitKind.Town or OrgUnitKind.Subdistrict, kind is OrgUnitKind.Town or OrgUnitKind.Subdistrict or OrgUnitKind.Village);
    }
}
