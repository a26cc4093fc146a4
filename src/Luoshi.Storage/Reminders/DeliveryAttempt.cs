namespace Luoshi.Storage.Reminders;

/// <summary>One try of a delivery: when, the outcome (sent, temporary, permanent) and what the gateway answered.</summary>
public sealed class DeliveryAttempt
{
    /// <summary>Storage key.</summary>
    public long Id { get; set; }

    /// <summary>The delivery tried.</summary>
    public long DeliveryId { get; set; }

    /// <summary>1 for the first try.</summary>
    public int Number { get; set; }

    /// <summary>When the try ended.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>sent, temporary or permanent.</summary>
    public required string Result { get; set; }

    /// <summary>What the gateway answered, cut to 500 characters; never a secret.</summary>
    public string? Answer { get; set; }
}
