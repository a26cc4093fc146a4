using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Households.Import;

/// <summary>One data row of a household file.</summary>
/// <param name="Line">1-based line of the file (or row of the sheet).</param>
/// <param name="Cells">The cells in the order of <see cref="HouseholdTable.ColumnNames"/>, trimmed; null when the row
/// itself is malformed.</param>
/// <param name="Malformed">What is wrong with a row whose cells are null (a wrong number of cells).</param>
public readonly record struct HouseholdTableRow(int Line, string[]? Cells, Words? Malformed);
