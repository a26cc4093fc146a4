using Luoshi.Domain.Access;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Schema;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Access;

/// <summary>Checks a login and password. Failures are counted per login and client address:
/// <see cref="AccessRules.FailuresBeforeLockout"/> in a row lock that login from that address for
/// <see cref="AccessRules.LockoutDuration"/>, so a stranger elsewhere cannot lock the owner out. An unknown login is
/// counted and locked the same way, and every path does one password hash's work, so neither the answer nor its time
/// tells whether an account exists. Every attempt is audited, without the password.</summary>
internal static class SignIn
{
    /// <summary>The longest login or address kept; a password typed into the login field must not land whole anywhere.</summary>
    public const int MaxKeyLength = 64;

    /// <summary>Runs the check; two first failures of one pair at the same moment both insert its row, and the one that
    /// loses the race runs again, now counting on the winner's row.</summary>
    public static async Task<SignInResult> RunAsync(StoreSession session, string login, string password, string? address, CancellationToken ct)
    {
        try
        {
            return await RunOnceAsync(session, login, password, address, ct).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            return await RunOnceAsync(session, login, password, address, ct).ConfigureAwait(false);
        }
    }

    private static Task<SignInResult> RunOnceAsync(StoreSession session, string login, string password, string? address, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var key = Cut(LoginNames.Normalize(login));
                var from = Cut(address ?? "");
                // Rows of guesses at logins that do not exist would otherwise pile up: a day without failures ends a row.
                var idle = session.Now - AccessRules.IdleFailuresKept;
                await db.SignInFailures.Where(f => f.LastFailureAt < idle).ExecuteDeleteAsync(token).ConfigureAwait(false);
                var account = await db.Accounts.SingleOrDefaultAsync(a => a.Login == key, token).ConfigureAwait(false);
                var failures = await db.SignInFailures.SingleOrDefaultAsync(f => f.Login == key && f.Address == from, token).ConfigureAwait(false);
                var attempt = new Attempt(db, session, key, from, failures);
                var result = Check(attempt, account, password);
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return result;
            },
            _ => true,
            ct);

    private static SignInResult Check(Attempt attempt, Account? account, string password)
    {
        var verified = account is null ? VerifyNobody(password) : Passwords.Verify(account, password);
        if (attempt.Failures?.LockedUntil is { } until && until > attempt.Session.Now)
        {
            attempt.Audit("sign-in-failed", "locked");
            return new SignInResult(SignInOutcome.LockedOut, null, until);
        }

        if (account is null || verified == PasswordVerificationResult.Failed)
        {
            return attempt.Fail(account is null ? "unknown login" : "wrong password");
        }

        if (account.Disabled)
        {
            attempt.Audit("sign-in-failed", "disabled");
            return new SignInResult(SignInOutcome.Disabled, null, null);
        }

        if (verified == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = Passwords.Hash(account, password);
        }

        attempt.Succeed();
        return new SignInResult(SignInOutcome.Succeeded, account, null);
    }

    private static PasswordVerificationResult VerifyNobody(string password)
    {
        Passwords.VerifyNobody(password);
        return PasswordVerificationResult.Failed;
    }

    private static string Cut(string text) => text.Length > MaxKeyLength ? text[..MaxKeyLength] : text;

    /// <summary>One attempt's login and address, with the row counting their failures (null before the first).</summary>
    private sealed record Attempt(LedgerDbContext Db, StoreSession Session, string Login, string Address, SignInFailure? Failures)
    {
        // The counter starts again after a lockout, so an unlocked pair again has all its attempts.
        public SignInResult Fail(string reason)
        {
            var row = Failures ?? Db.SignInFailures.Add(new SignInFailure { Login = Login, Address = Address }).Entity;
            row.Failures++;
            row.LastFailureAt = Session.Now;
            row.LockedUntil = null;
            Audit("sign-in-failed", reason);
            if (row.Failures < AccessRules.FailuresBeforeLockout)
            {
                return new SignInResult(SignInOutcome.Failed, null, null);
            }

            (row.Failures, row.LockedUntil) = (0, Session.Now + AccessRules.LockoutDuration);
            Audit("locked", $"{AccessRules.FailuresBeforeLockout} failed sign-ins");
            return new SignInResult(SignInOutcome.LockedOut, null, row.LockedUntil);
        }

        public void Succeed()
        {
            if (Failures is not null)
            {
                Db.SignInFailures.Remove(Failures);
            }

            Audit("sign-in", null);
        }

        public void Audit(string action, string? reason) =>
            AuditLog.Add(Db, Session, action, AuditEntities.Account, Login, null,
                reason is null && Address.Length == 0 ? null : new { Reason = reason, Address = Address.Length == 0 ? null : Address });
    }
}
