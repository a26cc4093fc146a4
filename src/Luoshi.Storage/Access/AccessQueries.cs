using Luoshi.Domain.Access;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Access;

/// <summary>Reads accounts and tokens. A token is found by the hash of its secret (a unique index), and works only
/// while it is neither revoked nor expired and its account is enabled.</summary>
internal static class AccessQueries
{
    public static Task<Account?> FindAsync(LedgerDbContext db, string login, CancellationToken ct)
    {
        var normal = LoginNames.Normalize(login);
        return db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Login == normal, ct);
    }

    // The lock times are compared after the read: the table holds a row per login and address with recent failures.
    public static async Task<IReadOnlyList<SignInLock>> LocksAsync(LedgerDbContext db, DateTimeOffset now, CancellationToken ct) =>
        [.. (await db.SignInFailures.AsNoTracking().Where(f => f.LockedUntil != null).ToListAsync(ct).ConfigureAwait(false))
            .Where(f => f.LockedUntil > now)
            .OrderBy(f => f.Login, StringComparer.Ordinal).ThenBy(f => f.Address, StringComparer.Ordinal)
            .Select(f => new SignInLock(f.Login, f.Address, f.LockedUntil!.Value))];

    public static async Task<IReadOnlyList<Account>> ListAsync(LedgerDbContext db, CancellationToken ct) =>
        await db.Accounts.AsNoTracking().OrderBy(a => a.Login).ToListAsync(ct).ConfigureAwait(false);

    // Validity is checked after the lookup by hash: SQLite cannot compare DateTimeOffset values in a query.
    public static async Task<Account?> FindByTokenAsync(LedgerDbContext db, string secret, DateTimeOffset now, CancellationToken ct) =>
        (await FindGrantAsync(db, secret, now, ct).ConfigureAwait(false))?.Account;

    public static async Task<ApiTokenGrant?> FindGrantAsync(LedgerDbContext db, string secret, DateTimeOffset now, CancellationToken ct)
    {
        var hash = ApiTokenSecrets.Hash(secret);
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.SecretHash == hash, ct).ConfigureAwait(false);
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= now)
        {
            return null;
        }

        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == token.AccountId, ct).ConfigureAwait(false);
        return account.Disabled ? null : new ApiTokenGrant(account, token.ExpiresAt);
    }

    public static async Task<IReadOnlyList<ApiToken>> ListTokensAsync(LedgerDbContext db, string? login, CancellationToken ct)
    {
        var tokens = db.ApiTokens.AsNoTracking();
        if (login is not null)
        {
            var normal = LoginNames.Normalize(login);
            tokens = tokens.Where(t => db.Accounts.Any(a => a.Id == t.AccountId && a.Login == normal));
        }

        return await tokens.OrderBy(t => t.Id).ToListAsync(ct).ConfigureAwait(false);
    }
}
