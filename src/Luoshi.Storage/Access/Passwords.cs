using System.Security.Cryptography;
using Luoshi.Domain.Access;
using Luoshi.Domain.Wording;
using Microsoft.AspNetCore.Identity;

namespace Luoshi.Storage.Access;

/// <summary>Hashes and checks passwords with ASP.NET Core Identity's PBKDF2 hasher, the standard a reviewer knows.</summary>
internal static class Passwords
{
    private static readonly PasswordHasher<Account> Hasher = new();

    private static readonly Account Nobody = new() { Login = "", DisplayName = "", PasswordHash = "" };

    // An unknown login is checked against this hash, so that it costs the same time as a wrong password.
    private static readonly Lazy<string> Dummy = new(() => Hasher.HashPassword(Nobody, Convert.ToHexString(RandomNumberGenerator.GetBytes(16))));

    public static string Hash(Account account, string password) => Hasher.HashPassword(account, password);

    public static PasswordVerificationResult Verify(Account account, string password) =>
        Hasher.VerifyHashedPassword(account, account.PasswordHash, password);

    /// <summary>Does the work of a verification for a login that does not exist; always fails.</summary>
    public static void VerifyNobody(string password) => Hasher.VerifyHashedPassword(Nobody, Dummy.Value, password);

    /// <summary>Null when <paramref name="password"/> is long enough, else the error naming the field.</summary>
    public static Problem? Check(string? password) =>
        password is null || password.Length < AccessRules.MinPasswordLength
            ? Catalogue.Access.PasswordLength(AccessRules.MinPasswordLength)
            : null;
}
