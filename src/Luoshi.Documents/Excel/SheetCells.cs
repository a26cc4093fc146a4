using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Luoshi.Domain.Wording;
using Luoshi.InputLimits;

namespace Luoshi.Documents.Excel;

/// <summary>The cells of one worksheet of an .xlsx file, by row and column, whichever program saved it last (Excel
/// moves our inline strings into the shared string table; WPS and LibreOffice do the same).</summary>
internal sealed class SheetCells
{
    private readonly Dictionary<(int Row, int Column), SheetCell> _cells = [];

    private SheetCells(string name) => Name = name;

    /// <summary>The sheet's name.</summary>
    public string Name { get; }

    /// <summary>The last row that holds any cell.</summary>
    public int LastRow { get; private set; }

    /// <summary>The cell, or null when it is absent or empty.</summary>
    public SheetCell? this[int row, int column] => _cells.TryGetValue((row, column), out var cell) ? cell : null;

    /// <summary>The sheet named <paramref name="sheet"/>, or an error saying what the file is not; a package over the
    /// input limits (<see cref="InputCheck"/>) is refused before it is opened.</summary>
    public static (SheetCells? Cells, Words? Error) Read(Stream xlsx, string sheet)
    {
        // A file that is no package at all is left to the reader below, which says it is no workbook.
        if (InputCheck.Package(xlsx) is { } refused && !InputCheck.IsDamaged(refused))
        {
            return (null, refused.ToWords());
        }

        try
        {
            using var document = SpreadsheetDocument.Open(xlsx, isEditable: false);
            var workbook = document.WorkbookPart;
            var entry = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name == sheet);
            if (workbook is null || entry?.Id?.Value is not { } id)
            {
                return (null, Catalogue.OfficeFiles.NoSheet(sheet));
            }

            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var cells = new SheetCells(sheet);
            foreach (var cell in ((WorksheetPart)workbook.GetPartById(id)).Worksheet.Descendants<Cell>())
            {
                cells.Add(cell, strings);
            }

            return (cells, null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException or XmlException)
        {
            return (null, Catalogue.Files.NotWorkbook(e.Message));
        }
    }

    private void Add(Cell cell, string[] strings)
    {
        if (cell.CellReference?.Value is not { } reference)
        {
            return;
        }

        var type = cell.DataType?.Value;
        var raw = cell.CellValue?.Text;
        var (text, number) =
            type == CellValues.SharedString ? (int.TryParse(raw, out var i) && i >= 0 && i < strings.Length ? strings[i] : "", false)
            : type == CellValues.InlineString ? (cell.InlineString?.InnerText ?? "", false)
            : type == CellValues.String || type == CellValues.Boolean || type == CellValues.Error || type == CellValues.Date ? (raw ?? "", false)
            : (raw ?? "", true);
        if (text.Length == 0)
        {
            return;
        }

        var column = ColumnName.FromReference(reference);
        var row = int.Parse(reference.AsSpan(ColumnName.Of(column).Length), System.Globalization.CultureInfo.InvariantCulture);
        _cells[(row, column)] = new SheetCell(text, number);
        LastRow = Math.Max(LastRow, row);
    }
}
