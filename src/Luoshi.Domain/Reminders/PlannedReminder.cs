namespace Luoshi.Domain.Reminders;

/// <summary>A reminder the plan of a day says to send: about which item, at which stage, to whom in the unit.</summary>
/// <param name="Occurrence">Which repetition of an overdue reminder (0, 1, 2…); 0 for the other stages.</param>
/// <param name="DaysLeft">Working days until the item is due (before it), or working days overdue (after it); 0 on the day.</param>
public sealed record PlannedReminder(DueItem Item, ReminderStage Stage, int Occurrence, RecipientRole To, int DaysLeft)
{
    /// <summary>Names this reminder for good, whatever day it goes out: a rerun or a second instance that plans
    /// the same reminder gets the same key (report:7:T16:3|overdue|2).</summary>
    public string Key => $"{Item.Subject}|{StageKey}|{Occurrence}";

    /// <summary>The key of its delivery to one recipient over one channel: stored before sending, unique.</summary>
    public string DeliveryKey(string recipient, ReminderChannel channel) => $"{Key}|{recipient}|{channel}";

    private string StageKey => Stage switch
    {
        ReminderStage.Before => "before",
        ReminderStage.OnDay => "on-day",
        ReminderStage.Overdue => "overdue",
        ReminderStage.EscalateToUnitLeader => "escalate-1",
        _ => "escalate-2",
    };
}
