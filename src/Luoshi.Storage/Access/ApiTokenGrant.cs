using Luoshi.Domain.Access;

namespace Luoshi.Storage;

/// <summary>What a valid API token grants: its account, until when (null: until revoked). A caller that keeps the
/// grant for a while checks <paramref name="ExpiresAt"/> itself, since a token expires without any change being written.</summary>
public sealed record ApiTokenGrant(Account Account, DateTimeOffset? ExpiresAt);
