using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Luoshi.Domain.Wording;

namespace Luoshi.Intake.Tables;

/// <summary>A worksheet of an .xlsx workbook, whichever program saved it (Excel, WPS, LibreOffice), read row by row
/// with the SDK's streaming reader. The header is the first row that names every required column (title rows above
/// it, as offices like to put them, are passed over); a sheet without one is a problem at its first row.</summary>
internal sealed class XlsxTable : Table
{
    // Title rows an office may put above the header; a header further down is not looked for.
    private const int HeaderSearch = 10;

    private readonly Stream _stream;
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _reader;
    private readonly string[] _strings;
    private readonly int[] _at;
    private readonly string[] _cells;
    private readonly bool[] _numbers;
    private int _previous;

    private XlsxTable(
        string file, string sheet, IReadOnlyList<Column> columns, int[] at, Stream stream, SpreadsheetDocument document, OpenXmlReader reader,
        string[] strings, int headerRow)
        : base(file, sheet, columns, [.. at.Select(i => i < 0 ? "" : XlsxCells.Letters(i))])
    {
        (_stream, _document, _reader, _strings, _at, _previous) = (stream, document, reader, strings, at, headerRow);
        _cells = new string[columns.Count];
        _numbers = new bool[columns.Count];
    }

    /// <summary>The table of the sheet named <paramref name="sheet"/> (the first sheet when null), or the problem with
    /// the workbook.</summary>
    public static (Table? Table, Problem? Problem) Open(Stream stream, string file, IReadOnlyList<Column> columns, string? sheet)
    {
        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart;
            var entry = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => sheet is null || s.Name?.Value == sheet);
            if (workbook is null || entry?.Id?.Value is not { } id)
            {
                document.Dispose();
                stream.Dispose();
                return (null, new Problem(sheet is null ? Catalogue.Files.NoSheet : Catalogue.Files.MissingSheet(sheet), Domain.Wording.Place.OfFile(file)));
            }

            var name = entry.Name?.Value ?? sheet ?? "1";
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var reader = OpenXmlReader.Create((WorksheetPart)workbook.GetPartById(id));
            var (at, headerRow, problem) = Header(reader, strings, file, name, columns);
            if (at is null)
            {
                reader.Dispose();
                document.Dispose();
                stream.Dispose();
                return (null, problem);
            }

            return (new XlsxTable(file, name, columns, at, stream, document, reader, strings, headerRow), null);
        }
        catch (Exception e) when (XlsxCells.IsBroken(e))
        {
            document?.Dispose();
            stream.Dispose();
            return (null, new Problem(Catalogue.Files.NotWorkbook(e.Message), Domain.Wording.Place.OfFile(file)));
        }
    }

    public override bool MoveNext()
    {
        try
        {
            while (XlsxCells.NextRow(_reader, _strings, ref _previous) is { } row)
            {
                Number = row.Number;
                var any = false;
                for (var c = 0; c < _cells.Length; c++)
                {
                    var cell = _at[c] < 0 ? default : row.Cells.GetValueOrDefault(_at[c]);
                    (_cells[c], _numbers[c]) = (cell.Text?.Trim() ?? "", cell.IsNumber);
                    any |= _cells[c].Length > 0;
                }

                if (any)
                {
                    return true;
                }
            }
        }
        catch (Exception e) when (XlsxCells.IsBroken(e))
        {
            Failure = new Problem(Catalogue.Files.NotWorkbook(e.Message), new Domain.Wording.Place(File, Sheet, Number));
        }

        return false;
    }

    public override ReadOnlySpan<char> this[int column] => _cells[column];

    public override bool IsNumber(int column) => _numbers[column];

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
            _document.Dispose();
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private static (int[]? At, int Row, Problem? Problem) Header(
        OpenXmlReader reader, string[] strings, string file, string sheet, IReadOnlyList<Column> columns)
    {
        (int Number, Words Missing)? first = null;
        var previous = 0;
        for (var seen = 0; seen < HeaderSearch && XlsxCells.NextRow(reader, strings, ref previous) is { } row; seen++)
        {
            var last = row.Cells.Keys.Max();
            var header = Enumerable.Range(0, last + 1).Select(c => row.Cells.GetValueOrDefault(c).Text ?? "").ToArray();
            var (at, missing) = HeaderMap.Of(header, columns);
            if (missing is null)
            {
                return (at, row.Number, null);
            }

            first ??= (row.Number, missing.Value);
        }

        return first is { } f
            ? (null, 0, new Problem(f.Missing, new Domain.Wording.Place(file, sheet, f.Number)))
            : (null, 0, new Problem(Catalogue.Files.EmptySheet(sheet, columns.Select(c => c.Name)), Domain.Wording.Place.OfFile(file)));
    }
}
