using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Luoshi.Reminders.Tests.Receivers;

/// <summary>A local HTTP server standing in for the platforms: DingTalk and Feishu robots that check the signature the
/// way their documentation says the platform does (and refuse a wrong one with the platform's error), a WeCom robot,
/// and an SMS gateway. It keeps what it accepted; it can answer 503 a set number of times first.</summary>
public sealed class RobotReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;

    private RobotReceiver(WebApplication app) => _app = app;

    public string DingTalkSecret { get; } = "SEC" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public string FeishuSecret { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    public string BaseUrl { get; private set; } = "";

    /// <summary>Accepted messages: (platform, text).</summary>
    public ConcurrentQueue<(string Platform, string Text)> Accepted { get; } = new();

    /// <summary>Requests seen, accepted or not.</summary>
    public int Requests => _requests;

    private int _requests;

    /// <summary>Answer 503 to the next <paramref name="count"/> requests.</summary>
    public void FailNext(int count) => _failuresLeft = count;

    /// <summary>Wait this long before answering each request.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Requests after this many are held unanswered until <see cref="Release"/>, then refused with 503: the
    /// gateway never took them.</summary>
    public int HoldAfter { get; set; } = int.MaxValue;

    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lets held requests end (refused).</summary>
    public void Release() => _released.TrySetResult();

    public static async Task<RobotReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new RobotReceiver(app);
        app.MapPost("/dingtalk/robot/send", (Delegate)receiver.DingTalkAsync);
        app.MapPost("/feishu/bot/v2/hook/{token}", (Delegate)receiver.FeishuAsync);
        app.MapPost("/wecom/webhook/send", (Delegate)receiver.WeComAsync);
        app.MapPost("/sms/send", (Delegate)receiver.SmsAsync);
        await app.StartAsync();
        receiver.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return receiver;
    }

    /// <summary>DingTalk: timestamp (ms) and sign in the query; sign = Base64(HmacSHA256(key: secret, data:
    /// timestamp + "\n" + secret)), URL-encoded; the timestamp within an hour of now.</summary>
    private async Task<IResult> DingTalkAsync(HttpContext http)
    {
        if (await GateAsync() is { } busy)
        {
            return busy;
        }

        var timestamp = http.Request.Query["timestamp"].ToString();
        var sign = http.Request.Query["sign"].ToString();
        var expected = Convert.ToBase64String(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(DingTalkSecret), Encoding.UTF8.GetBytes(timestamp + "\n" + DingTalkSecret)));
        if (sign != expected || !WithinAnHour(long.Parse(timestamp, CultureInfo.InvariantCulture) / 1000))
        {
            return Results.Json(new { errcode = 310000, errmsg = "sign not match" });
        }

        var body = await JsonDocument.ParseAsync(http.Request.Body);
        Accepted.Enqueue(("dingtalk", body.RootElement.GetProperty("text").GetProperty("content").GetString()!));
        return Results.Json(new { errcode = 0, errmsg = "ok" });
    }

    /// <summary>Feishu: timestamp (s) and sign in the body; sign = Base64(HmacSHA256(key: timestamp + "\n" + secret,
    /// data: empty)); the timestamp within an hour of now.</summary>
    private async Task<IResult> FeishuAsync(HttpContext http)
    {
        if (await GateAsync() is { } busy)
        {
            return busy;
        }

        var body = (await JsonDocument.ParseAsync(http.Request.Body)).RootElement;
        var timestamp = body.TryGetProperty("timestamp", out var t) ? t.GetString()! : "0";
        var sign = body.TryGetProperty("sign", out var s) ? s.GetString() : null;
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(timestamp + "\n" + FeishuSecret), Array.Empty<byte>()));
        if (sign != expected || !WithinAnHour(long.Parse(timestamp, CultureInfo.InvariantCulture)))
        {
            return Results.Json(new { code = 19021, msg = "sign match fail or timestamp is not within one hour from current time" });
        }

        Accepted.Enqueue(("feishu", body.GetProperty("content").GetProperty("text").GetString()!));
        return Results.Json(new { code = 0, msg = "success", data = new { } });
    }

    private async Task<IResult> WeComAsync(HttpContext http)
    {
        if (await GateAsync() is { } busy)
        {
            return busy;
        }

        if (http.Request.Query["key"] != "wecom-key")
        {
            return Results.Json(new { errcode = 93000, errmsg = "invalid webhook url" });
        }

        var body = await JsonDocument.ParseAsync(http.Request.Body);
        Accepted.Enqueue(("wecom", body.RootElement.GetProperty("text").GetProperty("content").GetString()!));
        return Results.Json(new { errcode = 0, errmsg = "ok" });
    }

    private async Task<IResult> SmsAsync(HttpContext http)
    {
        if (await GateAsync() is { } busy)
        {
            return busy;
        }

        if (http.Request.Headers["X-Api-Key"] != "sms-key")
        {
            return Results.Json(new { code = 401, message = "bad key" }, statusCode: 401);
        }

        var body = (await JsonDocument.ParseAsync(http.Request.Body)).RootElement;
        Accepted.Enqueue(("sms", body.GetProperty("phone").GetString() + " " + body.GetProperty("msg").GetString()));
        return Results.Json(new { code = 0, message = "accepted" });
    }

    private async Task<IResult?> GateAsync()
    {
        if (Interlocked.Increment(ref _requests) > HoldAfter)
        {
            await _released.Task;
            return Results.StatusCode(503);
        }

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay);
        }

        return Interlocked.Decrement(ref _failuresLeft) >= 0 ? Results.StatusCode(503) : null;
    }

    private static bool WithinAnHour(long seconds) => Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - seconds) <= 3600;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
