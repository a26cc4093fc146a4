using Luoshi.Domain.Access;

namespace Luoshi.Cli.Commands.Access;

/// <summary>The role names typed on the command line (admin, office, unit, leader, feed).</summary>
internal static class AccountRoleNames
{
    // In the order of AccountRole, so a name's index is its role.
    public static readonly string[] All = ["admin", "office", "unit", "leader", "feed"];

    /// <summary>The role called <paramref name="name"/> (any case), or null.</summary>
    public static AccountRole? Parse(string name) => Array.IndexOf(All, name.Trim().ToLowerInvariant()) switch
    {
        -1 => null,
        var i => (AccountRole)i,
    };

    public static string Of(AccountRole role) => All[(int)role];
}
