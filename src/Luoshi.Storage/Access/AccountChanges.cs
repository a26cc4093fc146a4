using Luoshi.Domain.Access;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Access;

/// <summary>An administrator's changes to an account: a new password (which also lifts its lockouts), disabling it, or
/// lifting its lockouts alone (the office unlocks a leader shut out by someone's guesses).</summary>
internal static class AccountChanges
{
    public static Task<StoreResult> SetPasswordAsync(StoreSession session, string login, string password, CancellationToken ct) =>
        ChangeAsync(session, login, "account.password", async (db, account, token) =>
        {
            if (Passwords.Check(password) is { } bad)
            {
                return new StoreResult(bad);
            }

            account.PasswordHash = Passwords.Hash(account, password);
            await Failures(db, account).ExecuteDeleteAsync(token).ConfigureAwait(false);
            return StoreResult.Ok;
        }, ct);

    public static Task<StoreResult> SetDisabledAsync(StoreSession session, string login, bool disabled, CancellationToken ct) =>
        ChangeAsync(session, login, disabled ? "account.disable" : "account.enable", (_, account, _) =>
        {
            account.Disabled = disabled;
            return Task.FromResult(StoreResult.Ok);
        }, ct);

    /// <summary>Clears the failures and locks of every address; the trail names the addresses that were locked.</summary>
    public static Task<StoreResult> UnlockAsync(StoreSession session, string login, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var normal = LoginNames.Normalize(login);
                var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Login == normal, token).ConfigureAwait(false);
                if (account is null)
                {
                    return new StoreResult(Missing(normal));
                }

                var rows = await Failures(db, account).ToListAsync(token).ConfigureAwait(false);
                var locked = rows.Where(r => r.LockedUntil > session.Now).Select(r => r.Address).Order(StringComparer.Ordinal).ToList();
                db.SignInFailures.RemoveRange(rows);
                AuditLog.Add(db, session, "account.unlock", AuditEntities.Account, normal, new { Locked = locked }, null);
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            result => result.Succeeded,
            ct);

    public static Problem Missing(string login) => Catalogue.Access.NoAccount(login);

    private static IQueryable<SignInFailure> Failures(LedgerDbContext db, Account account) =>
        db.SignInFailures.Where(f => f.Login == account.Login);

    // The audit entry records that the change happened (the snapshots), never a password or its hash.
    private static Task<StoreResult> ChangeAsync(
        StoreSession session, string login, string action, Func<LedgerDbContext, Account, CancellationToken, Task<StoreResult>> change, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var normal = LoginNames.Normalize(login);
                var account = await db.Accounts.SingleOrDefaultAsync(a => a.Login == normal, token).ConfigureAwait(false);
                if (account is null)
                {
                    return new StoreResult(Missing(normal));
                }

                var before = AccountSnapshot.Of(account);
                var result = await change(db, account, token).ConfigureAwait(false);
                if (!result.Succeeded)
                {
                    return result;
                }

                AuditLog.Add(db, session, action, AuditEntities.Account, normal, before, AccountSnapshot.Of(account));
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            result => result.Succeeded,
            ct);
}
