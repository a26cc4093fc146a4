using System.Text.Encodings.Web;
using Luoshi.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Luoshi.Web.Access;

/// <summary>Authenticates scripts and other systems by "Authorization: Bearer SECRET": the token acts as its account,
/// with the same role and unit, so a token can never do more than the person it was issued to.</summary>
internal sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, Ledger ledger)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiTokens.Secret(Request) is not { } secret)
        {
            return AuthenticateResult.NoResult();
        }

        var account = await ledger.FindAccountByApiTokenAsync(secret, Context.RequestAborted).ConfigureAwait(false);
        return account is null
            ? AuthenticateResult.Fail("unknown, revoked or expired API token")
            : AuthenticateResult.Success(new AuthenticationTicket(LuoshiClaims.For(account, SchemeName), SchemeName));
    }
}
