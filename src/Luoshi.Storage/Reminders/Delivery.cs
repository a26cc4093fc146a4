namespace Luoshi.Storage.Reminders;

/// <summary>One reminder to one recipient over one channel (a row of reminder_deliveries): stored under its key
/// before it is sent, then marked sent or failed. An inbox delivery is the inbox message itself.</summary>
public sealed class Delivery
{
    /// <summary>Storage key.</summary>
    public long Id { get; set; }

    /// <summary>The reminder's key, the recipient and the channel (<see cref="Domain.Reminders.PlannedReminder.DeliveryKey"/>).</summary>
    public required string Key { get; set; }

    /// <summary>The plan of the item.</summary>
    public int PlanId { get; set; }

    /// <summary>The task's code.</summary>
    public required string TaskCode { get; set; }

    /// <summary>The unit that owes the item.</summary>
    public required string Unit { get; set; }

    /// <summary>The stage, as <see cref="Domain.Reminders.ReminderStage"/> names it.</summary>
    public required string Stage { get; set; }

    /// <summary>The recipient's name (the unit itself for the inbox).</summary>
    public required string Recipient { get; set; }

    /// <summary>The recipient's role, as <see cref="Domain.Reminders.RecipientRole"/> names it.</summary>
    public required string Role { get; set; }

    /// <summary>The channel, as <see cref="Domain.Reminders.ReminderChannel"/> names it.</summary>
    public required string Channel { get; set; }

    /// <summary>Where it goes: an e-mail address, a mobile number, a robot's name; the unit for the inbox.</summary>
    public required string Address { get; set; }

    /// <summary>The message's title.</summary>
    public required string Title { get; set; }

    /// <summary>The message, with its link.</summary>
    public required string Body { get; set; }

    /// <summary>The absolute link to the page where the item is done.</summary>
    public required string Link { get; set; }

    /// <summary>The item's due day.</summary>
    public DateOnly Due { get; set; }

    /// <summary>pending, sent or failed (<see cref="DeliveryStates"/>).</summary>
    public required string State { get; set; }

    /// <summary>Tries so far.</summary>
    public int Attempts { get; set; }

    /// <summary>When it was stored.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Which run holds a pending delivery, and until when; another may take it over after.</summary>
    public string? Owner { get; set; }

    /// <summary>The end of the owner's lease.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>When it was sent.</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The gateway's last answer, cut to 500 characters.</summary>
    public string? Answer { get; set; }
}
