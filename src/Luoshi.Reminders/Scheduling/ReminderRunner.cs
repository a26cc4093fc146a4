using Luoshi.Reminders.Sending;

namespace Luoshi.Reminders.Scheduling;

/// <summary>The run the scheduler starts, made once for the host.</summary>
internal sealed record ReminderRunner(ReminderRun Run);
