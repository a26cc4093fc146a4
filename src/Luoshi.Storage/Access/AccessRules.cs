namespace Luoshi.Storage.Access;

/// <summary>The numbers of the sign-in rules, in one place.</summary>
internal static class AccessRules
{
    /// <summary>Consecutive failed sign-ins of one login from one client address that lock that login from that address.</summary>
    public const int FailuresBeforeLockout = 5;

    /// <summary>The shortest password accepted.</summary>
    public const int MinPasswordLength = 10;

    /// <summary>How long a locked login stays locked from that address.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>How long failures are remembered without a new one.</summary>
    public static readonly TimeSpan IdleFailuresKept = TimeSpan.FromDays(1);
}
