namespace Luoshi.Documents.Excel;

/// <summary>How one worksheet is laid out and printed, apart from its cells.</summary>
/// <param name="Widths">Column widths in characters, from column A on.</param>
/// <param name="HeaderRow">The header row: frozen (with the rows above), repeated on every printed page and, when
/// <paramref name="FilterTo"/> is set, where the autofilter starts.</param>
/// <param name="FilterTo">The last row and column of the autofilter, or null for none.</param>
/// <param name="Protect">Locks every cell that is not an input cell (no password: it guards against slips, while
/// the template's checksum catches deliberate edits).</param>
internal sealed record SheetLayout(
    string Name,
    IReadOnlyList<double> Widths,
    int HeaderRow,
    (int Row, int Column)? FilterTo = null,
    IReadOnlyList<int>? HiddenColumns = null,
    IReadOnlyList<string>? Merges = null,
    IReadOnlyList<CellValidation>? Validations = null,
    bool Protect = false);
