namespace Luoshi.Storage;

/// <summary>The outcome of a CSV import: the data rows stored, or every error found (and then nothing stored).</summary>
public sealed record CsvImportResult(long Rows, IReadOnlyList<StoreError> Errors)
{
    /// <summary>True when the file was valid and stored.</summary>
    public bool Succeeded => Errors.Count == 0;
}
