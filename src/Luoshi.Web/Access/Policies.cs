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

    /// <summary>Any signed-in account but a data feed, which only pushes data (<see cref="PushMonitoring"/>).</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Pushes monitoring data: data feeds, administrator and supervision office.</summary>
    public const string PushMonitoring = "push-monitoring";

    /// <summary>Manages accounts and tokens: administrator.</summary>
    public const string Administer = "administer";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(ReadAll, p => p.RequireRole(nameof(AccountRole.Administrator), nameof(AccountRole.Office), nameof(AccountRole.Leader)));
        options.AddPolicy(RunLedger, p => p.RequireRole(nameof(AccountRole.Administrator), nameof(AccountRole.Office)));
        options.AddPolicy(Report, p => p.RequireRole(nameof(AccountRole.UnitReporter)).RequireClaim(LuoshiClaims.Unit));
        // A data feed's account is for a station's software: least privilege, so it reads nothing, not even the task list.
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.Role() != AccountRole.DataFeed));
        options.AddPolicy(PushMonitoring, p => p.RequireRole(nameof(AccountRole.DataFeed), nameof(AccountRole.Administrator), nameof(AccountRole.Office)));
        options.AddPolicy(Administer, p => p.RequireRole(nameof(AccountRole.Administrator)));
        // Everything not marked otherwise needs a signed-in account: a page added without a policy is closed, not open.
        options.FallbackPolicy = options.GetPolicy(SignedIn);
    }
}
