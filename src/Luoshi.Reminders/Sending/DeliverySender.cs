using Luoshi.Domain.Reminders;
using Luoshi.Reminders.Channels;
using Luoshi.Reminders.Configuration;
using Luoshi.Storage;
using Luoshi.Storage.Reminders;
using Polly;
using Polly.Retry;

namespace Luoshi.Reminders.Sending;

/// <summary>Sends one stored delivery over its channel, retrying temporary failures with exponential backoff (Polly),
/// and records every try in the delivery log as it ends.</summary>
internal sealed class DeliverySender
{
    private readonly Ledger _ledger;
    private readonly ChannelSet _channels;
    private readonly ReminderOptions _options;
    private readonly ResiliencePipeline<SendResult> _pipeline;

    public DeliverySender(Ledger ledger, ChannelSet channels, ReminderOptions options, TimeProvider clock)
    {
        (_ledger, _channels, _options) = (ledger, channels, options);
        var builder = new ResiliencePipelineBuilder<SendResult> { TimeProvider = clock };
        // One try only (Attempts = 1) is a pipeline without retry: Polly refuses a retry strategy of no retries.
        if (options.Attempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<SendResult>
            {
                MaxRetryAttempts = options.Attempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.FirstRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.Outcome == SendOutcome.Temporary),
            });
        }

        _pipeline = builder.Build();
    }

    public async Task<string> SendAsync(Delivery delivery, CancellationToken ct)
    {
        var adapter = Enum.TryParse<ReminderChannel>(delivery.Channel, out var channel) ? _channels.For(channel) : null;
        if (adapter is null)
        {
            await _ledger.Reminders.RecordAttemptAsync(delivery.Id, delivery.Attempts + 1, "permanent", $"no adapter for channel {delivery.Channel}", true, ct).ConfigureAwait(false);
            return DeliveryStates.Failed;
        }

        var number = delivery.Attempts;
        var result = await _pipeline.ExecuteAsync(
            async token =>
            {
                number++;
                var outcome = await TryAsync(adapter, delivery, token).ConfigureAwait(false);
                var final = outcome.Outcome != SendOutcome.Temporary || number >= delivery.Attempts + _options.Attempts;
                await _ledger.Reminders.RecordAttemptAsync(delivery.Id, number, outcome.Stored, outcome.Answer, final, token).ConfigureAwait(false);
                return outcome;
            },
            ct).ConfigureAwait(false);
        return result.Outcome == SendOutcome.Sent ? DeliveryStates.Sent : DeliveryStates.Failed;
    }

    /// <summary>One try, bounded by the attempt timeout: a slow gateway is a temporary failure, not a stuck run.</summary>
    private async Task<SendResult> TryAsync(IChannelAdapter adapter, Delivery delivery, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.AttemptTimeout);
        try
        {
            return await adapter.SendAsync(delivery, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return SendResult.Temporary("no answer: timed out");
        }
    }
}
