using Luoshi.Storage;
using Luoshi.Web.Access;
using Microsoft.AspNetCore.Http;

namespace Luoshi.Web.Reading;

/// <summary>The ledger acting as the signed-in person, so every change a request makes is audited under their login.</summary>
public sealed class UserLedger(Ledger ledger, IHttpContextAccessor http)
{
    private Ledger? _ledger;

    /// <summary>The ledger as the caller; an anonymous caller cannot change anything, so it is never asked for one.</summary>
    public Ledger Value => _ledger ??= ledger.ForActor(http.HttpContext?.User.Login()
        ?? throw new InvalidOperationException("a change was attempted without a signed-in account"));
}
