namespace Luoshi.Storage.Access;

/// <summary>Failed sign-ins for one login typed from one client address: counted per pair, so that a stranger's
/// guesses from elsewhere never lock the owner out. Kept for logins that do not exist too, so that an unknown login
/// and a real one answer alike.</summary>
internal sealed class SignInFailure
{
    public int Id { get; set; }

    /// <summary>The login as typed, normalised and cut to <see cref="SignIn.MaxKeyLength"/> characters.</summary>
    public required string Login { get; set; }

    /// <summary>The client address ("" when the caller has none, as on the command line).</summary>
    public required string Address { get; set; }

    /// <summary>Failures in a row since the last success or lockout from this address.</summary>
    public int Failures { get; set; }

    /// <summary>Until when this login is refused from this address (UTC); null when not locked.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>When the last failure happened (UTC); rows idle for a day are removed.</summary>
    public DateTimeOffset LastFailureAt { get; set; }
}
