using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Luoshi.Documents.Tests.Excel;

/// <summary>A produced .xlsx opened with the Open XML SDK, to assert what Excel would show: cell text, fill colour,
/// frozen pane, filter, defined names.</summary>
public sealed class OpenedWorkbook : IDisposable
{
    private readonly SpreadsheetDocument _document;

    public OpenedWorkbook(Stream stream)
    {
        _document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = _document.WorkbookPart!;
        Sheet = ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet;
        SheetName = workbook.Workbook.Sheets!.Elements<Sheet>().First().Name!;
        Styles = workbook.WorkbookStylesPart!.Stylesheet;
        Names = workbook.Workbook.DefinedNames?.Elements<DefinedName>().ToDictionary(n => n.Name!.Value!, n => n.Text) ?? [];
    }

    public Worksheet Sheet { get; }

    public string SheetName { get; }

    public Stylesheet Styles { get; }

    public IReadOnlyDictionary<string, string> Names { get; }

    public Cell? Cell(string reference) => Sheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);

    public string Text(string reference) => Cell(reference) is { } c
        ? (c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "")
        : "";

    public string? Fill(string reference)
    {
        var format = Styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(Cell(reference)!.StyleIndex?.Value ?? 0));
        return Styles.Fills!.Elements<Fill>().ElementAt((int)format.FillId!.Value).PatternFill?.ForegroundColor?.Rgb?.Value;
    }

    public bool Locked(string reference)
    {
        var format = Styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(Cell(reference)!.StyleIndex?.Value ?? 0));
        return format.Protection?.Locked?.Value ?? true;
    }

    public void Dispose() => _document.Dispose();
}
