using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Luoshi.Intake.Tables;

/// <summary>How a worksheet's rows and cells are read: the next row that holds any cell, each cell's text as stored
/// (shared and inline strings resolved) and whether it was stored as a number.</summary>
internal static class XlsxCells
{
    /// <summary>One cell as read back.</summary>
    public readonly record struct Cell(string? Text, bool IsNumber);

    /// <summary>A row's number and its non-empty cells by 0-based column.</summary>
    public sealed record SheetRow(int Number, Dictionary<int, Cell> Cells);

    /// <summary>The next row with any non-empty cell, or null at the end of the sheet; <paramref name="previous"/> is
    /// the number of the row before, for a row that does not say its own.</summary>
    public static SheetRow? NextRow(OpenXmlReader reader, string[] strings, ref int previous)
    {
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = (int?)row.RowIndex?.Value ?? previous + 1;
            previous = number;
            var cells = new Dictionary<int, Cell>();
            var column = 0;
            foreach (var cell in row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>())
            {
                column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : column;
                var read = Read(cell, strings);
                if (!string.IsNullOrWhiteSpace(read.Text))
                {
                    cells[column] = read;
                }

                column++;
            }

            if (cells.Count > 0)
            {
                return new SheetRow(number, cells);
            }
        }

        return null;
    }

    /// <summary>True for the exceptions a broken or foreign file raises in the SDK (not a bug of ours).</summary>
    public static bool IsBroken(Exception e) =>
        e is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException or XmlException;

    /// <summary>"D" for column 3 (0-based).</summary>
    public static string Letters(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Cell Read(DocumentFormat.OpenXml.Spreadsheet.Cell cell, string[] strings)
    {
        var type = cell.DataType?.Value;
        var raw = cell.CellValue?.Text;
        if (type == CellValues.SharedString)
        {
            return new(int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Length ? strings[i] : "", false);
        }

        if (type == CellValues.InlineString)
        {
            return new(cell.InlineString?.InnerText ?? "", false);
        }

        var text = type == CellValues.String || type == CellValues.Boolean || type == CellValues.Error || type == CellValues.Date;
        return new(raw ?? "", !text && raw is not null);
    }

    // "C12" → 2 (0-based).
    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var ch in reference)
        {
            if (!char.IsAsciiLetter(ch))
            {
                break;
            }

            column = (column * 26) + (char.ToUpperInvariant(ch) - 'A' + 1);
        }

        return column - 1;
    }
}
