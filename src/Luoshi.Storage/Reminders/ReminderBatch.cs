using Luoshi.Domain.Reminders;

namespace Luoshi.Storage.Reminders;

/// <summary>The reminders of a moment and the deliveries they make, not yet stored.</summary>
public sealed record ReminderBatch(ReminderDay Day, IReadOnlyList<Delivery> Deliveries);
