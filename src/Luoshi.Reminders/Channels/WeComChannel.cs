using System.Net.Http.Json;
using Luoshi.Domain.Reminders;
using Luoshi.Reminders.Configuration;
using Luoshi.Storage.Reminders;

namespace Luoshi.Reminders.Channels;

/// <summary>A WeCom (企业微信 / 粤政易) group robot: a text message posted to its webhook, whose key is the credential.
/// errcode 0 is taken; 45009 (over the rate limit) is retried; any other code is permanent.</summary>
internal sealed class WeComChannel(HttpClient http, IReadOnlyDictionary<string, RobotOptions> robots) : IChannelAdapter
{
    public ReminderChannel Channel => ReminderChannel.WeCom;

    public Task<SendResult> SendAsync(Delivery delivery, CancellationToken ct)
    {
        if (!robots.TryGetValue(delivery.Address, out var robot) || robot.Webhook.Length == 0)
        {
            return Task.FromResult(SendResult.Permanent($"WeCom robot '{delivery.Address}' is not configured"));
        }

        var body = JsonContent.Create(new { msgtype = "text", text = new { content = RobotText.Of(delivery) } });
        return HttpAnswers.PostAsync(http, new Uri(robot.Webhook), body, (_, answer) => HttpAnswers.Code(answer, "errcode") switch
        {
            0 => SendResult.Sent(answer),
            45009 => SendResult.Temporary(answer),
            _ => SendResult.Permanent(answer),
        }, ct);
    }
}
