using Luoshi.Domain.Access;

namespace Luoshi.Storage.Access;

/// <summary>A token as the audit trail records it: never its secret or the secret's hash.</summary>
internal sealed record ApiTokenSnapshot(int Id, string Login, string Name, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt)
{
    public static ApiTokenSnapshot Of(ApiToken token, string login) => new(token.Id, login, token.Name, token.ExpiresAt, token.RevokedAt);
}
