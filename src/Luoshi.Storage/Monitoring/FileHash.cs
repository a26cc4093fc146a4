using System.Security.Cryptography;

namespace Luoshi.Storage.Monitoring;

/// <summary>The SHA-256 of a monitoring file (hex), which names an ingest in the audit trail and tells the same file again.</summary>
internal static class FileHash
{
    public static async Task<string> Sha256Async(string path, CancellationToken ct)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct).ConfigureAwait(false));
        }
    }
}
