using System.Security.Claims;
using Luoshi.Domain.Access;
using Luoshi.Domain.Units;
using Luoshi.Web.Access;
using Luoshi.Web.Reading;

namespace Luoshi.Web.Pages.Villages;

/// <summary>Which villages a caller may see: all for the roles that read the whole ledger; only its own town's for a
/// reporter whose unit is a town or subdistrict (镇、街道 staff); none for anyone else.</summary>
/// <param name="Town">The only town (code) the caller may see, or null for all.</param>
public sealed record VillageScope(string? Town)
{
    /// <summary>The caller's scope, or null when it may see no villages.</summary>
    public static async Task<VillageScope?> OfAsync(ClaimsPrincipal user, LedgerReads reads, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(reads);
        if (user.ReadsAll())
        {
            return new VillageScope((string?)null);
        }

        if (user.Role() != AccountRole.UnitReporter || user.UnitName() is not { } unit)
        {
            return null;
        }

        var town = (await reads.UnitsAsync(ct).ConfigureAwait(false))
            .FirstOrDefault(u => u.Name == unit && u.Kind is OrgUnitKind.Town or OrgUnitKind.Subdistrict);
        return town is null ? null : new VillageScope(town.Code);
    }
}
