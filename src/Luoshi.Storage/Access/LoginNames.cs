using System.Text.RegularExpressions;
using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Access;

/// <summary>Logins are compared in lower case: "Wang.Li" and "wang.li" are the same account.</summary>
internal static partial class LoginNames
{
    public static string Normalize(string? login) => (login ?? "").Trim().ToLowerInvariant();

    /// <summary>Null when the normalised <paramref name="login"/> is well formed, else the error naming the field.</summary>
    public static Problem? Check(string login) =>
        WellFormed().IsMatch(login) ? null
            : Catalogue.Access.LoginForm(login);

    [GeneratedRegex("^[a-z0-9._-]{2,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();
}
