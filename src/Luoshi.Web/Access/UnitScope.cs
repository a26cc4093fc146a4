using System.Security.Claims;

namespace Luoshi.Web.Access;

/// <summary>Which unit's records a caller may see: all for the roles that read the whole ledger, only its own for a
/// unit reporter. Checked on the record fetched, so guessing another unit's id gets nothing.</summary>
public static class UnitScope
{
    /// <summary>True when <paramref name="user"/> may read records of <paramref name="unit"/>.</summary>
    public static bool MayRead(ClaimsPrincipal user, string? unit)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.ReadsAll() || (unit is not null && string.Equals(user.UnitName(), unit, StringComparison.Ordinal));
    }

    /// <summary>True when <paramref name="user"/> may write reports of <paramref name="unit"/>: only its own reporters do.</summary>
    public static bool MayWrite(ClaimsPrincipal user, string? unit)
    {
        ArgumentNullException.ThrowIfNull(user);
        return unit is not null && user.Role() == Domain.Access.AccountRole.UnitReporter
            && string.Equals(user.UnitName(), unit, StringComparison.Ordinal);
    }
}
