using System.Security.Cryptography;

namespace Luoshi.Storage.ProgressImport;

/// <summary>The SHA-256 of a file (hex), which names an import in the audit trail and tells a re-import of the same file.</summary>
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
