namespace Luoshi.Storage;

/// <summary>How a sign-in ended.</summary>
public enum SignInOutcome
{
    /// <summary>The password was right and the account may sign in.</summary>
    Succeeded,

    /// <summary>An unknown login or a wrong password (the two are not told apart).</summary>
    Failed,

    /// <summary>Too many failures: sign-in is refused until <see cref="SignInResult.LockedUntil"/>.</summary>
    LockedOut,

    /// <summary>The password was right but the account is disabled.</summary>
    Disabled,
}
