using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Luoshi.Documents.Excel;

/// <summary>What Excel accepts in a set of cells (decimals in a range, dates, text up to a length), with the prompt
/// it shows when something else is typed.</summary>
/// <param name="Cells">Space-separated ranges, e.g. "G4:G9 G12".</param>
internal sealed record CellValidation(string Cells, DataValidationValues Type, string Minimum, string Maximum, string Message)
{
    public DataValidation ToElement() => new(new Formula1(Minimum), new Formula2(Maximum))
    {
        Type = Type,
        Operator = DataValidationOperatorValues.Between,
        AllowBlank = true,
        ShowErrorMessage = true,
        ErrorTitle = "输入有误",
        Error = Message,
        SequenceOfReferences = new ListValue<StringValue> { InnerText = Cells },
    };

    /// <summary>Groups cells that share a rule into one validation each, with runs of rows joined into ranges,
    /// so a 5,000-row template carries a handful of validations rather than one per cell.</summary>
    public static IReadOnlyList<CellValidation> Group(IEnumerable<(int Column, int Row, CellValidation Rule)> cells) =>
        [.. cells.GroupBy(c => (c.Column, c.Rule)).Select(g => g.Key.Rule with { Cells = Ranges(g.Key.Column, g.Select(c => c.Row)) })];

    private static string Ranges(int column, IEnumerable<int> rows)
    {
        var ranges = new List<string>();
        int? start = null, end = null;
        foreach (var row in rows.Order())
        {
            if (end == row - 1)
            {
                end = row;
                continue;
            }

            Flush();
            (start, end) = (row, row);
        }

        Flush();
        return string.Join(' ', ranges);

        void Flush()
        {
            if (start is { } s && end is { } e)
            {
                ranges.Add(s == e ? ColumnName.Cell(column, s) : $"{ColumnName.Cell(column, s)}:{ColumnName.Cell(column, e)}");
            }
        }
    }
}
