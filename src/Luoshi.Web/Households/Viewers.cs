using System.Security.Claims;
using Luoshi.Storage.Households.Reading;
using Luoshi.Web.Access;

namespace Luoshi.Web.Households;

/// <summary>The register's reader for a signed-in person: the role and, for town or village staff, their unit.</summary>
public static class Viewers
{
    /// <summary>The viewer of <paramref name="user"/>; an account without a role sees nothing.</summary>
    public static HouseholdViewer Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new HouseholdViewer(user.Role() ?? Domain.Access.AccountRole.UnitReporter, user.UnitName());
    }
}
