namespace Luoshi.Storage.Reminders;

/// <summary>The states of a delivery, as stored.</summary>
public static class DeliveryStates
{
    /// <summary>Stored, not yet sent.</summary>
    public const string Pending = "pending";

    /// <summary>The gateway took it (or the inbox holds it).</summary>
    public const string Sent = "sent";

    /// <summary>Every try failed, or the failure was permanent; listed for the office.</summary>
    public const string Failed = "failed";
}
