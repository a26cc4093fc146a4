using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Reminders;

/// <summary>One transaction of delivery bookkeeping, run again by the provider's execution strategy after a dropped
/// connection (PostgreSQL); the work starts from a clean change tracker each time. Deliveries are their own log, so
/// these writes skip the audit trail and its projections (<see cref="StoreSession.WriteAsync{T}"/>).</summary>
internal static class DeliveryTransactions
{
    public static Task RunAsync(LedgerDbContext db, Func<CancellationToken, Task> work, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(
            async token =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(token).ConfigureAwait(false);
                await work(token).ConfigureAwait(false);
                await transaction.CommitAsync(token).ConfigureAwait(false);
            },
            ct);
}
