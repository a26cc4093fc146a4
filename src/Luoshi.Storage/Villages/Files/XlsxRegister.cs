using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Luoshi.Domain.Wording;
using Luoshi.InputLimits;

namespace Luoshi.Storage.Villages.Files;

/// <summary>Reads the first worksheet of an .xlsx workbook, whichever program saved it (Excel, WPS, LibreOffice),
/// row by row with the SDK's streaming reader: the first row with any cell is the header.</summary>
internal static class XlsxRegister
{
    public static (RegisterTable? Table, List<Problem> Errors) Read(VillageFile file, IReadOnlyList<RegisterColumn> columns)
    {
        // A file that is no package at all is left to the reader below, which words it as every register file's.
        if (InputCheck.Package(file.Content) is { } refused && !InputCheck.IsDamaged(refused))
        {
            return (null, [refused.InFile(file.Name)]);
        }

        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(file.Content, writable: false), isEditable: false);
            var workbook = document.WorkbookPart;
            if (workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() is not { Id.Value: { } id } sheet)
            {
                return (null, [new Problem(Catalogue.Files.NoSheet, Place.OfFile(file.Name))]);
            }

            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var rows = ReadRows((WorksheetPart)workbook.GetPartById(id), strings);
            return Arrange(file, sheet.Name?.Value ?? "1", columns, rows);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException or XmlException)
        {
            return (null, [new Problem(Catalogue.Files.NotWorkbook(e.Message), Place.OfFile(file.Name))]);
        }
    }

    private static (RegisterTable?, List<Problem>) Arrange(
        VillageFile file, string sheet, IReadOnlyList<RegisterColumn> columns, List<(int Number, SortedDictionary<int, string> Cells)> rows)
    {
        if (rows.Count == 0)
        {
            return (null, [new Problem(Catalogue.Files.EmptySheet(sheet, columns.Select(c => c.Name)), Place.OfFile(file.Name))]);
        }

        var (headerNumber, headerCells) = rows[0];
        var last = headerCells.Keys.Max();
        var header = Enumerable.Range(0, last + 1).Select(c => headerCells.GetValueOrDefault(c, "")).ToArray();
        var (at, missing) = RegisterHeader.Map(header, columns);
        if (missing is not null)
        {
            return (null, [new Problem(missing.Value, new Place(file.Name, sheet, headerNumber))]);
        }

        var letters = at.Select(i => i < 0 ? "" : Letters(i)).ToArray();
        var data = new List<RegisterRow>(rows.Count);
        foreach (var (number, cells) in rows.Skip(1))
        {
            var values = at.Select(i => i < 0 ? "" : cells.GetValueOrDefault(i, "").Trim()).ToArray();
            if (values.Any(v => v.Length > 0))
            {
                data.Add(new RegisterRow(number, values));
            }
        }

        return (new RegisterTable(file.Name, sheet, columns, letters, data), []);
    }

    private static List<(int Number, SortedDictionary<int, string> Cells)> ReadRows(WorksheetPart part, string[] strings)
    {
        var rows = new List<(int, SortedDictionary<int, string>)>();
        using var reader = OpenXmlReader.Create(part);
        var next = 1;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = (int?)row.RowIndex?.Value ?? next;
            next = number + 1;
            var cells = new SortedDictionary<int, string>();
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : column;
                var text = TextOf(cell, strings);
                if (text.Length > 0)
                {
                    cells[column] = text;
                }

                column++;
            }

            if (cells.Count > 0)
            {
                rows.Add((number, cells));
            }
        }

        return rows;
    }

    private static string TextOf(Cell cell, string[] strings)
    {
        var type = cell.DataType?.Value;
        var raw = cell.CellValue?.Text ?? "";
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Length ? strings[i] : "";
        }

        return type == CellValues.InlineString ? cell.InlineString?.InnerText ?? "" : raw;
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

    private static string Letters(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
