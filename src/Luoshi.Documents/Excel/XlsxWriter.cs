using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Luoshi.Documents.Excel;

/// <summary>Writes a workbook of one sheet with the Open XML SDK: the rows streamed by a callback, then the sheet's
/// frozen header, filter, protection, validations and A4 landscape print setup.</summary>
internal static class XlsxWriter
{
    /// <summary>Writes the workbook to <paramref name="output"/>, which need not be seekable (a web response).</summary>
    public static async Task WriteAsync(Stream output, SheetLayout layout, Action<RowWriter> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        // The package needs a seekable stream to write its zip directory; the file is then copied out in one go.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Create();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            WriteSheet(sheet, layout, rows);
            workbook.Workbook = new Workbook(
                new Sheets(new Sheet { Name = layout.Name, SheetId = 1, Id = workbook.GetIdOfPart(sheet) }),
                DefinedNames(layout));
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct).ConfigureAwait(false);
    }

    private static void WriteSheet(WorksheetPart part, SheetLayout layout, Action<RowWriter> rows)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane
            {
                VerticalSplit = layout.HeaderRow, TopLeftCell = ColumnName.Cell(1, layout.HeaderRow + 1),
                ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            },
            new Selection { Pane = PaneValues.BottomLeft })
        { WorkbookViewId = 0 }));
        writer.WriteElement(Columns(layout));
        writer.WriteStartElement(new SheetData());
        var rowWriter = new RowWriter(writer);
        rows(rowWriter);
        rowWriter.End();
        writer.WriteEndElement();
        if (layout.Protect)
        {
            writer.WriteElement(new SheetProtection
            {
                Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false, AutoFilter = false, Sort = false,
            });
        }

        if (layout.FilterTo is { } to)
        {
            writer.WriteElement(new AutoFilter { Reference = FilterRange(layout, to) });
        }

        if (layout.Merges is { Count: > 0 } merges)
        {
            writer.WriteElement(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
        }

        if (layout.Validations is { Count: > 0 } validations)
        {
            writer.WriteElement(new DataValidations(validations.Select(v => v.ToElement())) { Count = (uint)validations.Count });
        }

        writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        // A4 (paper size 9), landscape, as wide as one page and as many pages long as it takes.
        writer.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        writer.WriteEndElement();
    }

    private static Columns Columns(SheetLayout layout)
    {
        var hidden = layout.HiddenColumns ?? [];
        return new Columns(layout.Widths.Select((width, i) => new Column
        {
            Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true,
            Hidden = hidden.Contains(i + 1) ? true : null,
        }));
    }

    private static string FilterRange(SheetLayout layout, (int Row, int Column) to) =>
        $"{ColumnName.Cell(1, layout.HeaderRow)}:{ColumnName.Cell(to.Column, Math.Max(to.Row, layout.HeaderRow))}";

    // Print titles repeat the header row on every page; Excel keeps the filter's range under a hidden name too.
    private static DefinedNames DefinedNames(SheetLayout layout)
    {
        var sheet = "'" + layout.Name.Replace("'", "''", StringComparison.Ordinal) + "'";
        var header = layout.HeaderRow.ToString(CultureInfo.InvariantCulture);
        var names = new DefinedNames(new DefinedName($"{sheet}!${header}:${header}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 });
        if (layout.FilterTo is { } to)
        {
            var range = FilterRange(layout, to).Split(':').Select(c => "$" + ColumnName.Of(ColumnName.FromReference(c)) + "$" + c[ColumnName.Of(ColumnName.FromReference(c)).Length..]);
            names.Append(new DefinedName($"{sheet}!{string.Join(':', range)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true });
        }

        return names;
    }
}
