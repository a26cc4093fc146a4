namespace Luoshi.Reminders.Channels;

/// <summary>What a gateway made of one try: taken, a failure worth retrying, or one that retrying cannot mend.</summary>
/// <param name="Answer">The gateway's answer as the log shows it; never a secret or a webhook address.</param>
public sealed record SendResult(SendOutcome Outcome, string? Answer)
{
    /// <summary>Taken by the gateway.</summary>
    public static SendResult Sent(string? answer) => new(SendOutcome.Sent, answer);

    /// <summary>Worth another try later (a timeout, a 5xx, a rate limit).</summary>
    public static SendResult Temporary(string answer) => new(SendOutcome.Temporary, answer);

    /// <summary>Not worth another try (a refused signature, an unknown address, a channel not configured).</summary>
    public static SendResult Permanent(string answer) => new(SendOutcome.Permanent, answer);

    /// <summary>The result as the delivery log stores it: sent, temporary or permanent.</summary>
    public string Stored => Outcome switch
    {
        SendOutcome.Sent => "sent",
        SendOutcome.Temporary => "temporary",
        _ => "permanent",
    };
}

/// <summary>The kinds of <see cref="SendResult"/>.</summary>
public enum SendOutcome
{
    /// <summary>Taken.</summary>
    Sent,

    /// <summary>Retry.</summary>
    Temporary,

    /// <summary>Give up.</summary>
    Permanent,
}
