using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Luoshi.Documents.Excel;

/// <summary>Streams the rows of a sheet: each cell written as it comes, so a ledger of 100,000 cells never sits in
/// memory as a document tree.</summary>
internal sealed class RowWriter(OpenXmlWriter writer)
{
    // Without trailing zeros: a database's 500.0 is the 500 the unit typed.
    private const string Plain = "0.############################";

    private int _row;
    private bool _open;

    /// <summary>Starts row <paramref name="row"/> (1-based, ascending), optionally with a height in points.</summary>
    public void Row(int row, double? height = null)
    {
        End();
        _row = row;
        var attributes = new List<OpenXmlAttribute> { new("r", "", row.ToString(CultureInfo.InvariantCulture)) };
        if (height is { } h)
        {
            attributes.Add(new("ht", "", h.ToString(CultureInfo.InvariantCulture)));
            attributes.Add(new("customHeight", "", "1"));
        }

        writer.WriteStartElement(new Row(), attributes);
        _open = true;
    }

    public void Text(int column, string? text, CellStyle style = CellStyle.Text)
    {
        if (string.IsNullOrEmpty(text))
        {
            Empty(column, style);
            return;
        }

        writer.WriteElement(new Cell(new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = ColumnName.Cell(column, _row),
            DataType = CellValues.InlineString,
            StyleIndex = (uint)style,
        });
    }

    public void Number(int column, decimal? value, CellStyle style = CellStyle.Number)
    {
        if (value is not { } v)
        {
            Empty(column, style);
            return;
        }

        writer.WriteElement(new Cell(new CellValue(v.ToString(Plain, CultureInfo.InvariantCulture)))
        {
            CellReference = ColumnName.Cell(column, _row),
            StyleIndex = (uint)style,
        });
    }

    /// <summary>A styled cell without a value: a border, a fill, or an input cell that must exist to be unlocked.</summary>
    public void Empty(int column, CellStyle style)
    {
        if (style != CellStyle.Default)
        {
            writer.WriteElement(new Cell { CellReference = ColumnName.Cell(column, _row), StyleIndex = (uint)style });
        }
    }

    public void End()
    {
        if (_open)
        {
            writer.WriteEndElement();
            _open = false;
        }
    }

    // XML 1.0 cannot carry most control characters; a pasted report text sometimes holds one.
    private static string Clean(string text) =>
        text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r')) ? new string([.. text.Where(c => c >= ' ' || c is '\t' or '\n' or '\r')]) : text;
}
