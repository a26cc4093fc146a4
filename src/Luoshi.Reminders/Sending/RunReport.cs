using Luoshi.Domain.Reminders;
using Luoshi.Storage.Reminders;

namespace Luoshi.Reminders.Sending;

/// <summary>What a run did: the moment's plan, and the deliveries it stored and sent (or, dry, would store).</summary>
/// <param name="Deliveries">This run's deliveries with their state after it; a dry run's are those not yet stored.</param>
public sealed record RunReport(ReminderDay Day, IReadOnlyList<Delivery> Deliveries, bool Dry);
