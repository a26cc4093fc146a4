using System.Globalization;
using Luoshi.Domain.Access;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Access;

/// <summary>Issues a token for an account, and revokes one; the secret is returned once and never stored.</summary>
internal static class ApiTokenIssue
{
    private const int MaxNameLength = 100;

    public static Task<StoreResult<IssuedApiToken>> CreateAsync(
        StoreSession session, string login, string name, DateTimeOffset? expiresAt, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var normal = LoginNames.Normalize(login);
                var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Login == normal, token).ConfigureAwait(false);
                if (Check(session, account, normal, name, expiresAt) is { } error)
                {
                    return StoreResults.Fail<IssuedApiToken>(error);
                }

                var secret = ApiTokenSecrets.New();
                var issued = new ApiToken
                {
                    AccountId = account!.Id,
                    Name = name.Trim(),
                    SecretHash = ApiTokenSecrets.Hash(secret),
                    CreatedAt = session.Now,
                    ExpiresAt = expiresAt?.ToUniversalTime(),
                };
                db.ApiTokens.Add(issued);
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                AuditLog.Add(db, session, "api-token.create", AuditEntities.ApiToken, Key(issued.Id), null, ApiTokenSnapshot.Of(issued, normal));
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResults.Ok(new IssuedApiToken(issued, secret));
            },
            result => result.Succeeded,
            ct);

    public static Task<StoreResult> RevokeAsync(StoreSession session, int tokenId, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var found = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId, token).ConfigureAwait(false);
                if (found is null || found.RevokedAt is not null)
                {
                    return StoreResult.Fail(found is null ? Catalogue.Access.NoToken(tokenId) : Catalogue.Access.TokenRevoked(tokenId));
                }

                var login = await db.Accounts.Where(a => a.Id == found.AccountId).Select(a => a.Login).SingleAsync(token).ConfigureAwait(false);
                var before = ApiTokenSnapshot.Of(found, login);
                found.RevokedAt = session.Now;
                AuditLog.Add(db, session, "api-token.revoke", AuditEntities.ApiToken, Key(tokenId), before, ApiTokenSnapshot.Of(found, login));
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            result => result.Succeeded,
            ct);

    private static Problem? Check(StoreSession session, Account? account, string login, string name, DateTimeOffset? expiresAt)
    {
        if (account is null)
        {
            return AccountChanges.Missing(login);
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
        {
            return Catalogue.Access.TokenName(MaxNameLength);
        }

        return expiresAt is { } at && at <= session.Now
            ? Catalogue.Access.ExpiresInPast(at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))
            : null;
    }

    private static string Key(int tokenId) => tokenId.ToString(CultureInfo.InvariantCulture);
}
