using Luoshi.Storage;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Luoshi.Web.Reading;

/// <summary>The ledger acting as the signed-in person, so every change a request makes is audited under their login.</summary>
public sealed class UserLedger(Ledger ledger, IHttpContextAccessor http, LedgerClock clock)
{
    private Ledger? _ledger;
    private Ledger? _onToday;

    /// <summary>The ledger as the caller; an anonymous caller cannot change anything, so it is never asked for one.</summary>
    public Ledger Value => _ledger ??= ledger.ForActor(Login);

    /// <summary>The ledger as the caller, dated by the site's today: on a fixed day (the demo, the tests) a lifecycle step
    /// — assigned, signed, closed on — is dated that day, as the pages that show it read it; otherwise as <see cref="Value"/>.</summary>
    public Ledger OnToday => _onToday ??= clock.FixedDayTime is { } time ? ledger.ForActor(Login, time) : Value;

    private string Login => http.HttpContext?.User.Login() ?? throw new InvalidOperationException("a change was attempted without a signed-in account");
}
