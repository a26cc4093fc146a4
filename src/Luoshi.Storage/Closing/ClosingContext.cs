using Luoshi.Domain.Plans;
using Luoshi.Storage.Closing.Schema;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Closing;

/// <summary>What a closing step works on: the plan, its closing, the task and its account row (null before the first
/// submission), and today.</summary>
internal sealed class ClosingContext(LedgerDbContext db, StoreSession session, Plan plan, PlanClosingRow closing, PlanTask task, ClosingAccountRow? row)
{
    public LedgerDbContext Db => db;

    public StoreSession Session => session;

    public Plan Plan => plan;

    public PlanClosingRow Closing => closing;

    public PlanTask Task => task;

    public ClosingAccountRow? Row { get; set; } = row;

    public DateOnly Today => session.Today;
}
