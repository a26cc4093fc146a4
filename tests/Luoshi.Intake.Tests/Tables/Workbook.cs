using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Luoshi.Intake.Tests.Tables;

/// <summary>Writes a one-sheet .xlsx the way Excel saves one: text in the shared string table, numbers as numbers.</summary>
public static class Workbook
{
    public static byte[] Of(string sheet, params string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var index = new Dictionary<string, int>();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var text = rows[r][c];
                    if (text.Length == 0)
                    {
                        continue;
                    }

                    var reference = $"{(char)('A' + c)}{r + 1}";
                    if (decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
                    {
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue(text) });
                        continue;
                    }

                    if (!index.TryGetValue(text, out var i))
                    {
                        index[text] = i = index.Count;
                        strings.SharedStringTable.Append(new SharedStringItem(new Text(text)));
                    }

                    row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(i.ToString(System.Globalization.CultureInfo.InvariantCulture)) });
                }

                data.Append(row);
            }

            part.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = sheet }));
        }

        return stream.ToArray();
    }
}
