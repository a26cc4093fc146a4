using Luoshi.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace Luoshi.Web.Access;

/// <summary>The authorization policies every page and endpoint names; which unit a reporter may touch is checked
/// against the record itself (<see cref="UnitScope"/>), since a policy cannot see it.</summary>
public static class Policies
{
    /// <summary>Reads the whole ledger: administrator, supervision office, leader.</summary>
    public const string ReadAll = "read-all";

    /// <summary>Changes plans, reviews reports, sends reminders: administrator and supervision office.</summary>
    public const string RunLedger = "run-ledger";

    /// <summary>Writes its own unit's reports: unit reporters.</summary>
    public const string Report = "report";

    /// <summary>Any signed-in account.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Manages accounts and tokens: administrator.</summary>
    public const string Administer = "administer";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(ReadAll, p => p.RequireRole(nameof(AccountRole.Administrator), nameof(AccountRole.Office), nameof(AccountRole.Leader)));
        options.AddPolicy(RunLedger, p => p.RequireRole(nameof(AccountRole.Administrator), nameof(AccountRole.Office)));
        options.AddPolicy(Report, p => p.RequireRole(nameof(AccountRole.UnitReporter)).RequireClaim(LuoshiClaims.Unit));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Administer, p => p.RequireRole(nameof(AccountRole.Administrator)));
        // Everything not marked otherwise needs a signed-in account: a page added without a policy is closed, not open.
        options.FallbackPolicy = options.GetPolicy(SignedIn);
    }
}
