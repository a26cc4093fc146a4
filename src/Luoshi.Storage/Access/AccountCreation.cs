using Luoshi.Domain.Access;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Schema;
using Luoshi.Storage.Units;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Access;

/// <summary>Creates an account: a well-formed unique login, a unit exactly when the role reports for one, a long
/// enough password, stored as a hash.</summary>
internal static class AccountCreation
{
    public static Task<StoreResult<Account>> RunAsync(StoreSession session, NewAccount wanted, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var login = LoginNames.Normalize(wanted.Login);
                var (unit, error) = await CheckAsync(db, login, wanted, token).ConfigureAwait(false);
                if (error is not null)
                {
                    return StoreResults.Fail<Account>(error);
                }

                var account = new Account
                {
                    Login = login,
                    DisplayName = wanted.DisplayName.Trim(),
                    Role = wanted.Role,
                    Unit = unit,
                    PasswordHash = "",
                    CreatedAt = session.Now,
                };
                account.PasswordHash = Passwords.Hash(account, wanted.Password);
                db.Accounts.Add(account);
                AuditLog.Add(db, session, "account.create", AuditEntities.Account, login, null, AccountSnapshot.Of(account));
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResults.Ok(account);
            },
            result => result.Succeeded,
            ct);

    /// <summary>The unit's full name, or the first mistake in <paramref name="wanted"/>.</summary>
    private static async Task<(string? Unit, Problem? Error)> CheckAsync(
        LedgerDbContext db, string login, NewAccount wanted, CancellationToken ct)
    {
        if (LoginNames.Check(login) is { } badLogin)
        {
            return (null, badLogin);
        }

        if (string.IsNullOrWhiteSpace(wanted.DisplayName))
        {
            return (null, Catalogue.Access.NeedsName);
        }

        var (unit, badUnit) = await UnitOfRoleAsync(db, wanted.Role, wanted.Unit, ct).ConfigureAwait(false);
        if (badUnit is not null)
        {
            return (null, badUnit);
        }

        if (Passwords.Check(wanted.Password) is { } badPassword)
        {
            return (null, badPassword);
        }

        return await db.Accounts.AnyAsync(a => a.Login == login, ct).ConfigureAwait(false)
            ? (null, Catalogue.Access.LoginTaken(login))
            : (unit, null);
    }

    private static async Task<(string? Unit, Problem? Error)> UnitOfRoleAsync(
        LedgerDbContext db, AccountRole role, string? unit, CancellationToken ct)
    {
        var given = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        if (role != AccountRole.UnitReporter)
        {
            return given is null ? (null, null)
                : (null, Catalogue.Access.UnitOnlyForReporter(role));
        }

        if (given is null)
        {
            return (null, Catalogue.Access.ReporterNeedsUnit);
        }

        var names = new UnitNames(await db.Units.AsNoTracking().ToListAsync(ct).ConfigureAwait(false));
        return names.Find(given) is { } name ? (name, null)
            : (null, new Problem(Catalogue.Ledger.UnknownUnit(given), Place.OfField("unit")));
    }
}
