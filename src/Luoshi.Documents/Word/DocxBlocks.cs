using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Luoshi.Documents.Word;

/// <summary>Paragraphs and tables in the official styles (<see cref="OfficialStyles"/>).</summary>
public static class DocxBlocks
{
    /// <summary>A paragraph of <paramref name="style"/> holding <paramref name="text"/>, after an optional bold
    /// <paramref name="lead"/> (a list number or a label such as 进展情况：).</summary>
    public static Paragraph Paragraph(string style, string text, string? lead = null)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        if (!string.IsNullOrEmpty(lead))
        {
            paragraph.Append(new Run(new RunProperties(new Bold(), new BoldComplexScript()), Text(lead)));
        }

        paragraph.Append(new Run(Text(text)));
        return paragraph;
    }

    /// <summary>A paragraph without first-line indent, aligned to <paramref name="side"/>, indented
    /// <paramref name="rightIndent"/> twentieths of a point from the right (the signature and the date).</summary>
    public static Paragraph Aligned(string text, JustificationValues side, int rightIndent = 0) => new(
        new ParagraphProperties(
            new ParagraphStyleId { Val = OfficialStyles.Body },
            new Indentation { FirstLine = "0", FirstLineChars = 0, Right = rightIndent.ToString(CultureInfo.InvariantCulture) },
            new Justification { Val = side }),
        new Run(Text(text)));

    /// <summary>An empty body line.</summary>
    public static Paragraph Blank() => new(new ParagraphProperties(new ParagraphStyleId { Val = OfficialStyles.Body }));

    /// <summary>A full-width table with a repeated bold header row; <paramref name="widths"/> in twentieths of a point,
    /// columns flagged in <paramref name="left"/> aligned left (long names), the others centred.</summary>
    public static Table Table(IReadOnlyList<int> widths, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlySet<int>? left = null)
    {
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var border = new Func<BorderType, BorderType>(b => { b.Val = BorderValues.Single; b.Size = 4; b.Color = "000000"; return b; });
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = widths.Sum().ToString(CultureInfo.InvariantCulture) },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableBorders(
                border(new TopBorder()), border(new LeftBorder()), border(new BottomBorder()), border(new RightBorder()),
                border(new InsideHorizontalBorder()), border(new InsideVerticalBorder())),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(widths, header, bold: true, left: null));
        foreach (var row in rows)
        {
            table.Append(Row(widths, row, bold: false, left));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<int> widths, IReadOnlyList<string> cells, bool bold, IReadOnlySet<int>? left)
    {
        var row = new TableRow();
        if (bold)
        {
            // The header row repeats on every page a long table runs over, and is never split.
            row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        }

        for (var i = 0; i < widths.Count; i++)
        {
            var align = left?.Contains(i) == true ? JustificationValues.Left : JustificationValues.Center;
            var run = bold ? new Run(new RunProperties(new Bold(), new BoldComplexScript()), Text(i < cells.Count ? cells[i] : ""))
                : new Run(Text(i < cells.Count ? cells[i] : ""));
            row.Append(new TableCell(
                new TableCellProperties(
                    new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = widths[i].ToString(CultureInfo.InvariantCulture) },
                    new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = OfficialStyles.TableText }, new Justification { Val = align }), run)));
        }

        return row;
    }

    private static Text Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };
}
