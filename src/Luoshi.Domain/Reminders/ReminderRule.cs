namespace Luoshi.Domain.Reminders;

/// <summary>When the office reminds about one kind of due item, in working days. Null switches a step off.</summary>
/// <param name="DaysBefore">Remind once when the item falls due within this many working days (临近提醒).</param>
/// <param name="OnTheDay">Remind on the due day itself.</param>
/// <param name="RepeatEvery">Once overdue, remind every this many working days (到期催办).</param>
/// <param name="EscalateAfter">After this many working days overdue, tell the unit's head.</param>
/// <param name="EscalateAgainAfter">After this many working days overdue, tell the leader in charge; more than
/// <paramref name="EscalateAfter"/>.</param>
public sealed record ReminderRule(
    DueKind Kind, int? DaysBefore, bool OnTheDay, int? RepeatEvery, int? EscalateAfter, int? EscalateAgainAfter)
{
    /// <summary>The rule an office starts with: 3 working days before, on the day, every 2 working days overdue, the
    /// unit's head after 5 and the leader in charge after 10.</summary>
    /// <remarks>An extension decision is due the day it was asked for, so it has no 临近 or on-the-day reminder: the
    /// office is reminded every 2 working days it waits, and its head (督查室负责人) after 5.</remarks>
    public static ReminderRule DefaultFor(DueKind kind) => kind == DueKind.ExtensionDecision
        ? new(kind, null, false, 2, 5, null)
        : new(kind, 3, true, 2, 5, 10);
}
