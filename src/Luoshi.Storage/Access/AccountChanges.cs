using Luoshi.Domain.Access;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Access;

/// <summary>An administrator's changes to an account: a new password (which also lifts a lockout), or disabling it.</summary>
internal static class AccountChanges
{
    public static Task<StoreResult> SetPasswordAsync(StoreSession session, string login, string password, CancellationToken ct) =>
        ChangeAsync(session, login, "account.password", account =>
        {
            if (Passwords.Check(password) is { } bad)
            {
                return new StoreResult(bad);
            }

            account.PasswordHash = Passwords.Hash(account, password);
            (account.FailedSignIns, account.LockedUntil) = (0, null);
            return StoreResult.Ok;
        }, ct);

    public static Task<StoreResult> SetDisabledAsync(StoreSession session, string login, bool disabled, CancellationToken ct) =>
        ChangeAsync(session, login, disabled ? "account.disable" : "account.enable", account =>
        {
            account.Disabled = disabled;
            return StoreResult.Ok;
        }, ct);

    public static Problem Missing(string login) => Catalogue.Access.NoAccount(login);

    // The audit entry records that the change happened (the snapshots), never a password or its hash.
    private static Task<StoreResult> ChangeAsync(
        StoreSession session, string login, string action, Func<Account, StoreResult> change, CancellationToken ct) =>
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
                var result = change(account);
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
