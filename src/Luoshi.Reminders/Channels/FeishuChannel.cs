using System.Globalization;
using System.Net.Http.Json;
using Luoshi.Domain.Reminders;
using Luoshi.Reminders.Configuration;
using Luoshi.Storage.Reminders;

namespace Luoshi.Reminders.Channels;

/// <summary>A Feishu (飞书) custom bot: a text message posted to its webhook, with timestamp and signature in the body
/// when the bot has a secret. code 0 is taken; 11232 (sent too often) is retried; any other code is permanent.</summary>
internal sealed class FeishuChannel(HttpClient http, IReadOnlyDictionary<string, RobotOptions> robots, TimeProvider clock) : IChannelAdapter
{
    public ReminderChannel Channel => ReminderChannel.Feishu;

    public Task<SendResult> SendAsync(Delivery delivery, CancellationToken ct)
    {
        if (!robots.TryGetValue(delivery.Address, out var robot) || robot.Webhook.Length == 0)
        {
            return Task.FromResult(SendResult.Permanent($"Feishu bot '{delivery.Address}' is not configured"));
        }

        var content = new { text = RobotText.Of(delivery) };
        JsonContent body;
        if (string.IsNullOrEmpty(robot.Secret))
        {
            body = JsonContent.Create(new { msg_type = "text", content });
        }
        else
        {
            var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
            var sign = RobotSignatures.Feishu(timestamp, robot.Secret);
            body = JsonContent.Create(new { timestamp = timestamp.ToString(CultureInfo.InvariantCulture), sign, msg_type = "text", content });
        }

        return HttpAnswers.PostAsync(http, new Uri(robot.Webhook), body, (_, answer) => (HttpAnswers.Code(answer, "code") ?? HttpAnswers.Code(answer, "StatusCode")) switch
        {
            0 => SendResult.Sent(answer),
            11232 => SendResult.Temporary(answer),
            _ => SendResult.Permanent(answer),
        }, ct);
    }
}
