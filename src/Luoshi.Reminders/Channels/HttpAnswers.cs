using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;

namespace Luoshi.Reminders.Channels;

/// <summary>How the HTTP channels read a gateway's answer, and what a failed request means: a timeout, a refused
/// connection, 408, 429 or a 5xx is worth retrying; any other status is not.</summary>
internal static class HttpAnswers
{
    public static async Task<SendResult> PostAsync(HttpClient http, Uri url, HttpContent content, Func<int, string, SendResult> read, CancellationToken ct)
    {
        try
        {
            using var response = await http.PostAsync(url, content, ct).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var answer = string.Create(CultureInfo.InvariantCulture, $"HTTP {status} {body}").Trim();
            if (status is 408 or 429 or >= 500)
            {
                return SendResult.Temporary(answer);
            }

            return response.IsSuccessStatusCode ? read(status, answer) : SendResult.Permanent(answer);
        }
        catch (HttpRequestException e)
        {
            // The message names host and port only, never the query that holds a robot's token.
            return SendResult.Temporary($"no answer: {(e.InnerException is SocketException s ? s.SocketErrorCode.ToString() : e.HttpRequestError.ToString())}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return SendResult.Temporary("no answer: timed out");
        }
    }

    /// <summary>The integer at <paramref name="name"/> of a JSON answer body, or null.</summary>
    public static long? Code(string answer, string name)
    {
        var start = answer.IndexOf('{', StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(answer[start..]);
            return json.RootElement.TryGetProperty(name, out var code) && code.TryGetInt64(out var n) ? n : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
