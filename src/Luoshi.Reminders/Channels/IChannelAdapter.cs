using Luoshi.Domain.Reminders;
using Luoshi.Storage.Reminders;

namespace Luoshi.Reminders.Channels;

/// <summary>Sends a delivery over one channel: one try, whose failures come back as a result, never as an exception.</summary>
public interface IChannelAdapter
{
    /// <summary>The channel this adapter sends over.</summary>
    ReminderChannel Channel { get; }

    /// <summary>One try of <paramref name="delivery"/>.</summary>
    Task<SendResult> SendAsync(Delivery delivery, CancellationToken ct);
}
