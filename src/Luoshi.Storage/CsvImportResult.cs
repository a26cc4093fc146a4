using Luoshi.Domain.Wording;

namespace Luoshi.Storage;

/// <summary>The outcome of a file import: the data rows stored, or every problem found (and then nothing stored).</summary>
public sealed record CsvImportResult(long Rows, IReadOnlyList<Problem> Errors)
{
    /// <summary>True when the file was valid and stored.</summary>
    public bool Succeeded => Errors.Count == 0;
}
