using Microsoft.Extensions.Logging;
using Quartz;

namespace Luoshi.Reminders.Scheduling;

/// <summary>The scheduled reminder run. Quartz fires it on one node of a cluster at a time; were two runs to overlap
/// anyway (a misfire, a node taken for dead), the deliveries' keys still let each message go once.</summary>
internal sealed partial class ReminderJob(ReminderRunner runner, TimeProvider clock, ILogger<ReminderJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var report = await runner.Run.RunAsync(clock.GetUtcNow(), false, cancellationToken).ConfigureAwait(false);
        var failed = report.Deliveries.Count(d => d.State == Storage.Reminders.DeliveryStates.Failed);
        Handled(log, report.Deliveries.Count, failed);
    }

    // Counts only: addresses and answers stay in the delivery log, where the office's roles decide who reads them.
    [LoggerMessage(Level = LogLevel.Information, Message = "reminders: {Deliveries} delivery(ies) handled, {Failed} failed")]
    private static partial void Handled(ILogger log, int deliveries, int failed);
}
