using Luoshi.Domain.Reading;

namespace Luoshi.Domain.Reminders;

/// <summary>Says what a plan's units owe, from the plan's one reading: the items due by <c>until</c> and not yet
/// done, overdue ones included. Each part of the ledger that sets deadlines (reports, the lifecycle) offers one.</summary>
public interface IDueSource
{
    /// <summary>The items of <paramref name="reading"/> not done and due by <paramref name="until"/>.</summary>
    IEnumerable<DueItem> Due(PlanReading reading, DateOnly until);
}
