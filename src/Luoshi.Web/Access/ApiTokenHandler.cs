using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Luoshi.Storage;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Luoshi.Web.Access;

/// <summary>Authenticates scripts and other systems by "Authorization: Bearer SECRET": the token acts as its account,
/// with the same role and unit, so a token can never do more than the person it was issued to.</summary>
internal sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, Ledger ledger, LedgerReads reads, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiTokens.Secret(Request) is not { } secret)
        {
            return AuthenticateResult.NoResult();
        }

        // Cached until the ledger changes: issuing, revoking or disabling writes the audit trail, which moves the stamp,
        // so a revoked token stops at once on every instance while a script's requests cost no lookup each. The key is
        // the secret's hash, so the cache holds no usable secret.
        var key = "token:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
        var grant = await reads.CachedAsync(key, token => ledger.FindApiTokenAsync(secret, token), Context.RequestAborted).ConfigureAwait(false);
        // Expiry writes nothing, so the stamp cannot catch it: the cached grant is checked against the clock each time.
        var account = grant is not null && (grant.ExpiresAt is null || grant.ExpiresAt > time.GetUtcNow()) ? grant.Account : null;
        return account is null
            ? AuthenticateResult.Fail("unknown, revoked or expired API token")
            : AuthenticateResult.Success(new AuthenticationTicket(LuoshiClaims.For(account, SchemeName), SchemeName));
    }
}
