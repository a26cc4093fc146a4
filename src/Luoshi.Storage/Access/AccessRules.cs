namespace Luoshi.Storage.Access;

/// <summary>The numbers of the sign-in rules, in one place.</summary>
internal static class AccessRules
{
    /// <summary>Consecutive failed sign-ins that lock an account.</summary>
    public const int FailuresBeforeLockout = 5;

    /// <summary>The shortest password accepted.</summary>
    public const int MinPasswordLength = 10;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
}
