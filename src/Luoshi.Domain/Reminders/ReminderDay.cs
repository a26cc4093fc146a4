using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Reminders;

/// <summary>What is to be sent at one moment: the reminders, or none with the reason (a day off, quiet hours).</summary>
public sealed record ReminderDay(DateOnly Day, IReadOnlyList<PlannedReminder> Reminders, Words? Held);
