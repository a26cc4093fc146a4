namespace Luoshi.Domain.Access;

/// <summary>A token a script uses instead of a password; it acts with its account's role and unit.</summary>
public sealed class ApiToken
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>The account the token acts as.</summary>
    public int AccountId { get; set; }

    /// <summary>What the token is for (the nightly import), chosen by its owner.</summary>
    public required string Name { get; set; }

    /// <summary>SHA-256 of the secret (lower-case hex); the secret itself is shown once and never stored.</summary>
    public required string SecretHash { get; set; }

    /// <summary>When the token was issued (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>From when the token no longer works (UTC); null for never.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>When the token was revoked (UTC); null while it is valid.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
