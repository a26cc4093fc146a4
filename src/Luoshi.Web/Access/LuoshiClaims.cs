using System.Security.Claims;
using Luoshi.Domain.Access;

namespace Luoshi.Web.Access;

/// <summary>The claims a signed-in account carries, the same for a browser cookie and an API token, and how they are read.</summary>
public static class LuoshiClaims
{
    /// <summary>The claim holding the full name of the unit a reporter belongs to.</summary>
    public const string Unit = "luoshi:unit";

    /// <summary>The claim saying how the caller proved who it is: "cookie" or "token".</summary>
    public const string Via = "luoshi:via";

    /// <summary>The principal of <paramref name="account"/>, authenticated by <paramref name="scheme"/>.</summary>
    public static ClaimsPrincipal For(Account account, string scheme)
    {
        ArgumentNullException.ThrowIfNull(account);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Login),
            new(ClaimTypes.Name, account.DisplayName),
            new(ClaimTypes.Role, account.Role.ToString()),
            new(Via, scheme),
        };
        if (account.Unit is not null)
        {
            claims.Add(new Claim(Unit, account.Unit));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The login of the caller (the audit trail's actor), or null when anonymous.</summary>
    public static string? Login(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    /// <summary>The caller's role, or null when anonymous.</summary>
    public static AccountRole? Role(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Enum.TryParse<AccountRole>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    /// <summary>The unit a reporter reports for; null for every other role.</summary>
    public static string? UnitName(this ClaimsPrincipal user) => user.FindFirstValue(Unit);

    /// <summary>Whose reminders this person reads: a reporter its unit's, the office (and administrator) the office's own
    /// inbox 督查室 (decisions it owes, such as extension requests); null for leaders and feeds, who have none.</summary>
    public static string? InboxName(this ClaimsPrincipal user) =>
        user.UnitName() ?? (user.RunsLedger() ? Domain.Reminders.OfficeInbox.Name : null);

    /// <summary>True for the roles that read the whole ledger: administrator, supervision office, leader.</summary>
    public static bool ReadsAll(this ClaimsPrincipal user) => user.Role() is AccountRole.Administrator or AccountRole.Office or AccountRole.Leader;

    /// <summary>True for the roles that run the ledger: administrator and supervision office.</summary>
    public static bool RunsLedger(this ClaimsPrincipal user) => user.Role() is AccountRole.Administrator or AccountRole.Office;
}
