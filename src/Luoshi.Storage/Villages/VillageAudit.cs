using System.Security.Cryptography;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Villages;

/// <summary>How village imports are audited: one entry per file (its name, checksum and what it did), and one entry
/// with before and after for every stored record it changed; a record it creates is told by the file's entry, so a
/// province's first import does not write 20,000 entries.</summary>
internal static class VillageAudit
{
    /// <summary>Audit entity of a village's register record and of its yearly records.</summary>
    public const string Village = "village";

    /// <summary>Audit entity of an imported village file.</summary>
    public const string File = "village-file";

    public static void FileImported(
        LedgerDbContext db, StoreSession session, string action, VillageFile file, int created, int updated, int unchanged, string? detail = null) =>
        AuditLog.Add(db, session, action, File, file.Name, null,
            new FileSnapshot(file.Name, Convert.ToHexStringLower(SHA256.HashData(file.Content)), created, updated, unchanged, detail));

    public static void Changed(LedgerDbContext db, StoreSession session, string action, string villageCode, string before, string after)
    {
        if (before != after)
        {
            AuditLog.AddJson(db, session, action, Village, villageCode, before, after);
        }
    }

    private sealed record FileSnapshot(string File, string Sha256, int Created, int Updated, int Unchanged, string? Detail);
}
