using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Villages.Files;

/// <summary>A register file read into rows, with the columns found and how to place an error in it: "FILE, line 3,
/// column town" for CSV, "FILE, sheet 村庄名册, row 3, column C (town)" for a workbook.</summary>
internal sealed class RegisterTable(string file, string? sheet, IReadOnlyList<RegisterColumn> columns, string[] letters, List<RegisterRow> rows)
{
    public string File { get; } = file;

    /// <summary>True for an Excel workbook, whose dates may be day numbers.</summary>
    public bool IsWorkbook => sheet is not null;

    public List<RegisterRow> Rows { get; } = rows;

    /// <summary>True when the file has the optional column.</summary>
    public bool Has(int column) => letters[column].Length > 0;

    public Place At(int row, int column) => sheet is null
        ? new(File, Line: row, Column: columns[column].Name)
        : new(File, sheet, row, $"{letters[column]} ({columns[column].Name})");

    public Place At(int row) => new(File, sheet, row);
}
