using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Households.Import;

/// <summary>The outcome of a household import: what was stored, or every problem found (and then nothing stored).</summary>
/// <param name="Rows">Data rows read and stored.</param>
/// <param name="Created">Households new to the register.</param>
/// <param name="Updated">Households already in it (by the head's identity number), updated in place.</param>
/// <param name="Flagged">Households the import flagged for identification (income under the line, or a hardship).</param>
public sealed record HouseholdImportResult(long Rows, int Created, int Updated, int Flagged, IReadOnlyList<Problem> Errors)
{
    /// <summary>True when the file was valid and stored.</summary>
    public bool Succeeded => Errors.Count == 0;

    internal static HouseholdImportResult Failed(IReadOnlyList<Problem> errors) => new(0, 0, 0, 0, errors);
}
