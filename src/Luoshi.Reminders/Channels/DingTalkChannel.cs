using System.Globalization;
using System.Net.Http.Json;
using Luoshi.Domain.Reminders;
using Luoshi.Reminders.Configuration;
using Luoshi.Storage.Reminders;

namespace Luoshi.Reminders.Channels;

/// <summary>A DingTalk (钉钉 / 浙政钉) custom robot: a text message posted to its webhook, signed when the robot has a
/// secret. errcode 0 is taken; 130101 (sent too fast) is retried; any other code is permanent.</summary>
internal sealed class DingTalkChannel(HttpClient http, IReadOnlyDictionary<string, RobotOptions> robots, TimeProvider clock) : IChannelAdapter
{
    public ReminderChannel Channel => ReminderChannel.DingTalk;

    public Task<SendResult> SendAsync(Delivery delivery, CancellationToken ct)
    {
        if (!robots.TryGetValue(delivery.Address, out var robot) || robot.Webhook.Length == 0)
        {
            return Task.FromResult(SendResult.Permanent($"DingTalk robot '{delivery.Address}' is not configured"));
        }

        var url = robot.Webhook;
        if (!string.IsNullOrEmpty(robot.Secret))
        {
            var timestamp = clock.GetUtcNow().ToUnixTimeMilliseconds();
            var sign = Uri.EscapeDataString(RobotSignatures.DingTalk(timestamp, robot.Secret));
            url += string.Create(CultureInfo.InvariantCulture, $"{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}timestamp={timestamp}&sign={sign}");
        }

        var body = JsonContent.Create(new { msgtype = "text", text = new { content = RobotText.Of(delivery) } });
        return HttpAnswers.PostAsync(http, new Uri(url), body, (_, answer) => HttpAnswers.Code(answer, "errcode") switch
        {
            0 => SendResult.Sent(answer),
            130101 => SendResult.Temporary(answer),
            _ => SendResult.Permanent(answer),
        }, ct);
    }
}
