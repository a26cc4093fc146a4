using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Luoshi.Storage.Access;

/// <summary>Token secrets: 32 random bytes from the cryptographic generator, with a prefix that tells a leaked one
/// apart in logs; only their SHA-256 is stored, enough for a random secret (no salt or slow hash needed).</summary>
internal static class ApiTokenSecrets
{
    public const string Prefix = "lsk_";

    public static string New() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
