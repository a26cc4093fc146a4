using Luoshi.Domain.Access;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Schema;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Access;

/// <summary>Checks a login and password. An unknown login costs the same work as a wrong password and gives the same
/// answer; <see cref="AccessRules.FailuresBeforeLockout"/> failures in a row lock the account for
/// <see cref="AccessRules.LockoutDuration"/>. Every attempt is audited, without the password.</summary>
internal static class SignIn
{
    public static Task<SignInResult> RunAsync(StoreSession session, string login, string password, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var normal = LoginNames.Normalize(login);
                var account = await db.Accounts.SingleOrDefaultAsync(a => a.Login == normal, token).ConfigureAwait(false);
                var result = account is null ? Unknown(db, session, normal, password) : Check(db, session, account, password);
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return result;
            },
            _ => true,
            ct);

    private static SignInResult Unknown(LedgerDbContext db, StoreSession session, string login, string password)
    {
        Passwords.VerifyNobody(password);
        // Whatever was typed is kept, cut short: a password typed into the login field must not land whole in the trail.
        Audit(db, session, "sign-in-failed", login.Length > 64 ? login[..64] : login, "unknown login");
        return new SignInResult(SignInOutcome.Failed, null, null);
    }

    private static SignInResult Check(LedgerDbContext db, StoreSession session, Account account, string password)
    {
        if (account.LockedUntil is { } until && until > session.Now)
        {
            Audit(db, session, "sign-in-failed", account.Login, "locked");
            return new SignInResult(SignInOutcome.LockedOut, null, until);
        }

        var verified = Passwords.Verify(account, password);
        if (verified == PasswordVerificationResult.Failed)
        {
            return Fail(db, session, account);
        }

        if (account.Disabled)
        {
            Audit(db, session, "sign-in-failed", account.Login, "disabled");
            return new SignInResult(SignInOutcome.Disabled, null, null);
        }

        if (verified == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = Passwords.Hash(account, password);
        }

        (account.FailedSignIns, account.LockedUntil) = (0, null);
        Audit(db, session, "sign-in", account.Login, null);
        return new SignInResult(SignInOutcome.Succeeded, account, null);
    }

    // The counter starts again after a lockout, so an unlocked account again has all its attempts.
    private static SignInResult Fail(LedgerDbContext db, StoreSession session, Account account)
    {
        account.FailedSignIns++;
        Audit(db, session, "sign-in-failed", account.Login, "wrong password");
        if (account.FailedSignIns < AccessRules.FailuresBeforeLockout)
        {
            return new SignInResult(SignInOutcome.Failed, null, null);
        }

        (account.FailedSignIns, account.LockedUntil) = (0, session.Now + AccessRules.LockoutDuration);
        Audit(db, session, "locked", account.Login, $"{AccessRules.FailuresBeforeLockout} failed sign-ins");
        return new SignInResult(SignInOutcome.LockedOut, null, account.LockedUntil);
    }

    private static void Audit(LedgerDbContext db, StoreSession session, string action, string login, string? reason) =>
        AuditLog.Add(db, session, action, AuditEntities.Account, login, null, reason is null ? null : new { Reason = reason });
}
