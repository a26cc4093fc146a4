using Luoshi.Reminders.Channels;
using Luoshi.Reminders.Configuration;
using Luoshi.Storage;
using Luoshi.Storage.Reminders;

namespace Luoshi.Reminders.Sending;

/// <summary>One reminder run, as <c>luoshi remind run</c> and the scheduler start it: plan the moment's reminders,
/// store each delivery before sending it (what another run stored is not this run's), send what this run stored,
/// then take over what stopped runs left unsent. Safe to run again, and side by side with another instance.</summary>
public sealed class ReminderRun(Ledger ledger, ReminderSetup setup, ReminderOptions options, ChannelSet channels, TimeProvider clock)
{
    private const int Chunk = 200;

    /// <summary>Runs at <paramref name="now"/>; with <paramref name="dry"/>, only says what would be stored.</summary>
    public async Task<RunReport> RunAsync(DateTimeOffset now, bool dry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var batch = await ledger.Reminders.PlanAsync(now, setup, ct).ConfigureAwait(false);
        if (dry)
        {
            return new RunReport(batch.Day, batch.Deliveries, true);
        }

        var owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        var sender = new DeliverySender(ledger, channels, options, clock);
        var done = new List<Delivery>();
        // Claimed a chunk at a time, so each lease covers only what this run is about to send.
        foreach (var chunk in batch.Deliveries.Chunk(Chunk))
        {
            var claimed = await ledger.Reminders.ClaimAsync(chunk, owner, options.Lease, ct).ConfigureAwait(false);
            await SendAsync(sender, claimed, ct).ConfigureAwait(false);
            done.AddRange(claimed);
        }

        var left = await ledger.Reminders.TakeOverAsync(owner, options.Lease, ct).ConfigureAwait(false);
        await SendAsync(sender, left, ct).ConfigureAwait(false);
        done.AddRange(left);
        return new RunReport(batch.Day, done, false);
    }

    private Task SendAsync(DeliverySender sender, IReadOnlyList<Delivery> claimed, CancellationToken ct) =>
        Parallel.ForEachAsync(
            claimed.Where(d => d.State == DeliveryStates.Pending),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Concurrency), CancellationToken = ct },
            async (delivery, token) => delivery.State = await sender.SendAsync(delivery, token).ConfigureAwait(false));
}
