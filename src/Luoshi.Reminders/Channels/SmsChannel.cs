using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using Luoshi.Domain.Reminders;
using Luoshi.Reminders.Configuration;
using Luoshi.Storage.Reminders;

namespace Luoshi.Reminders.Channels;

/// <summary>A text message through an HTTP SMS gateway, the request made from the configured template: {mobile},
/// {title} and {text} escaped for JSON or a form as the content type says. A 2xx answer (containing the success text,
/// when one is configured) is taken.</summary>
internal sealed class SmsChannel(HttpClient http, SmsOptions options) : IChannelAdapter
{
    public ReminderChannel Channel => ReminderChannel.Sms;

    public Task<SendResult> SendAsync(Delivery delivery, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(options.Url))
        {
            return Task.FromResult(SendResult.Permanent("the SMS gateway is not configured"));
        }

        var json = options.ContentType.Contains("json", StringComparison.OrdinalIgnoreCase);
        var text = $"{delivery.Title} {delivery.Body}";
        var body = options.Body
            .Replace("{mobile}", Escape(delivery.Address, json), StringComparison.Ordinal)
            .Replace("{title}", Escape(delivery.Title, json), StringComparison.Ordinal)
            .Replace("{text}", Escape(text, json), StringComparison.Ordinal);
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(options.ContentType) { CharSet = "utf-8" };
        foreach (var (name, value) in options.Headers)
        {
            content.Headers.TryAddWithoutValidation(name, value);
        }

        return HttpAnswers.PostAsync(http, new Uri(options.Url), content, (_, answer) =>
            string.IsNullOrEmpty(options.SuccessContains) || answer.Contains(options.SuccessContains, StringComparison.Ordinal)
                ? SendResult.Sent(answer)
                : SendResult.Permanent(answer), ct);
    }

    private static string Escape(string value, bool json) =>
        json ? JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(value) : Uri.EscapeDataString(value);
}
