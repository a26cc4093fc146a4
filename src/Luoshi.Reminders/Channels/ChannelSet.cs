using Luoshi.Domain.Reminders;
using Luoshi.Reminders.Configuration;

namespace Luoshi.Reminders.Channels;

/// <summary>The channel adapters of a deployment, made from its options; the inbox needs none (storing is sending).</summary>
public sealed class ChannelSet : IDisposable
{
    private readonly HttpClient _http;
    private readonly Dictionary<ReminderChannel, IChannelAdapter> _adapters;

    /// <summary>The adapters <paramref name="options"/> describe, timed by <paramref name="clock"/> (for signatures).</summary>
    public ChannelSet(ReminderOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        // One client for every HTTP channel: its handler pools connections; each try is bounded by the run's timeout.
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), MaxConnectionsPerServer = 64 })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        IChannelAdapter[] adapters =
        [
            new SmtpChannel(options.Smtp), new DingTalkChannel(_http, options.DingTalk, clock), new WeComChannel(_http, options.WeCom),
            new FeishuChannel(_http, options.Feishu, clock), new SmsChannel(_http, options.Sms),
        ];
        _adapters = adapters.ToDictionary(a => a.Channel);
    }

    /// <summary>The adapter of <paramref name="channel"/>, or null for the inbox.</summary>
    public IChannelAdapter? For(ReminderChannel channel) => _adapters.GetValueOrDefault(channel);

    /// <inheritdoc/>
    public void Dispose() => _http.Dispose();
}
