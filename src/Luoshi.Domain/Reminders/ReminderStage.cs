namespace Luoshi.Domain.Reminders;

/// <summary>Where a due item stands when a reminder about it goes out.</summary>
public enum ReminderStage
{
    /// <summary>Coming due within the rule's working days (临近提醒).</summary>
    Before,

    /// <summary>Due today.</summary>
    OnDay,

    /// <summary>Overdue, repeated every so many working days (到期催办).</summary>
    Overdue,

    /// <summary>Overdue long enough to tell the unit's head (督办).</summary>
    EscalateToUnitLeader,

    /// <summary>Overdue long enough to tell the leader in charge.</summary>
    EscalateToLeaderInCharge,
}
