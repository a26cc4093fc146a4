using System.Text.RegularExpressions;

namespace Luoshi.Storage.Access;

/// <summary>Logins are compared in lower case: "Wang.Li" and "wang.li" are the same account.</summary>
internal static partial class LoginNames
{
    public static string Normalize(string? login) => (login ?? "").Trim().ToLowerInvariant();

    /// <summary>Null when the normalised <paramref name="login"/> is well formed, else the error naming the field.</summary>
    public static StoreError? Check(string login) =>
        WellFormed().IsMatch(login) ? null
            : new StoreError($"expected 2 to 64 characters of a-z, 0-9, '.', '_' or '-', found '{login}'", "login");

    [GeneratedRegex("^[a-z0-9._-]{2,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();
}
