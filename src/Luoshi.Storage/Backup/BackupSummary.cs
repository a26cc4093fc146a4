namespace Luoshi.Storage;

/// <summary>What a backup or a restore wrote: the file (or database), its size and the rows of the ledger's tables.</summary>
/// <param name="File">The backup file.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Rows">Rows in the ledger's tables (without the migrations history), as copied or as restored.</param>
public sealed record BackupSummary(string File, long Bytes, long Rows);
