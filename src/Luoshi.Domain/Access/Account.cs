namespace Luoshi.Domain.Access;

/// <summary>A person who signs in to the ledger, with a role and, for a unit's reporter, the unit.</summary>
public sealed class Account
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>The sign-in name, stored in lower case and unique.</summary>
    public required string Login { get; set; }

    /// <summary>The name shown in the audit trail and on pages (王科员).</summary>
    public required string DisplayName { get; set; }

    /// <summary>What the person may do.</summary>
    public AccountRole Role { get; set; }

    /// <summary>The full name of the unit a <see cref="AccountRole.UnitReporter"/> reports for; null for other roles.</summary>
    public string? Unit { get; set; }

    /// <summary>The salted password hash (PBKDF2); the password itself is never stored.</summary>
    public required string PasswordHash { get; set; }

    /// <summary>A disabled account cannot sign in, and its tokens do not work.</summary>
    public bool Disabled { get; set; }

    /// <summary>When the account was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
