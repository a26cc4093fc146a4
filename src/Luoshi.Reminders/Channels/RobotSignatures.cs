using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Luoshi.Reminders.Channels;

/// <summary>The signatures group robots require of a signed request, each as its platform documents it.</summary>
internal static class RobotSignatures
{
    /// <summary>DingTalk custom robot (加签): HMAC-SHA256 keyed with the secret over "timestamp\nsecret", Base64; the
    /// caller URL-encodes it into the webhook with the timestamp in milliseconds.</summary>
    public static string DingTalk(long timestampMs, string secret)
    {
        var data = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{timestampMs}\n{secret}"));
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), data));
    }

    /// <summary>Feishu custom bot (签名校验): HMAC-SHA256 keyed with "timestamp\nsecret" over no data, Base64; sent in
    /// the body with the timestamp in seconds.</summary>
    public static string Feishu(long timestampSeconds, string secret)
    {
        var key = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{timestampSeconds}\n{secret}"));
        return Convert.ToBase64String(HMACSHA256.HashData(key, Array.Empty<byte>()));
    }
}
