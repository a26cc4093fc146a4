using Luoshi.Domain.Access;

namespace Luoshi.Storage.Access;

/// <summary>An account as the audit trail records it: never its password hash.</summary>
internal sealed record AccountSnapshot(string Login, string DisplayName, AccountRole Role, string? Unit, bool Disabled)
{
    public static AccountSnapshot Of(Account account) =>
        new(account.Login, account.DisplayName, account.Role, account.Unit, account.Disabled);
}
