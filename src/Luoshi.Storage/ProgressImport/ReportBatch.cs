namespace Luoshi.Storage;

/// <summary>The reports read from one filled-in file (an offline template): stored all together or not at all.</summary>
/// <param name="Source">The file's name, for errors and the audit trail.</param>
/// <param name="Sha256">The file's SHA-256 (hex): the same file imported again adds nothing.</param>
/// <param name="Submit">True to store the reports as submitted, false as drafts.</param>
public sealed record ReportBatch(string Source, string Sha256, IReadOnlyList<ReportDraft> Reports, bool Submit);
