using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Luoshi.Documents.Tests.Excel;

/// <summary>Fills cells of an exported template as a person would in Excel: a number, or text (a typed string).</summary>
public static class TemplateFiller
{
    public static void Fill(string path, params (string Cell, object Value)[] cells)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbook = document.WorkbookPart!;
        var sheet = ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet;
        foreach (var (reference, value) in cells)
        {
            var cell = sheet.Descendants<Cell>().First(c => c.CellReference == reference);
            cell.RemoveAllChildren();
            if (value is string text)
            {
                cell.DataType = CellValues.InlineString;
                cell.Append(new InlineString(new Text(text)));
            }
            else
            {
                cell.DataType = null;
                cell.Append(new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!));
            }
        }
    }
}
