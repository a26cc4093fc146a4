using System.Globalization;
using Luoshi.Documents.Excel;
using Luoshi.Domain.Wording;
using Luoshi.InputLimits;
using Luoshi.Storage.Households.Import;

namespace Luoshi.Documents.Households;

/// <summary>A household file saved as a workbook (.xlsx): the first sheet, its first row the column names, as a CSV
/// file would have them. A date typed as a date (a serial number) reads as yyyy-MM-dd; an identity number must be text,
/// since a number cell keeps only 15 digits.</summary>
public sealed class HouseholdSheet : HouseholdTable
{
    private static readonly string[] DateColumns = ["hardship_on", "flagged_on", "identified_on", "assisted_on", "eliminated_on"];
    private readonly SheetCells? _cells;
    private readonly int[] _at;

    private HouseholdSheet(string file, SheetCells? cells, Problem? problem, int[] at) => (File, _cells, Problem, _at) = (file, cells, problem, at);

    /// <inheritdoc/>
    public override string File { get; }

    /// <inheritdoc/>
    public override Problem? Problem { get; }

    /// <summary>Reads the workbook at <paramref name="path"/>; what is wrong with it comes back as <see cref="Problem"/>.</summary>
    public static HouseholdSheet Open(string path)
    {
        var file = Path.GetFileName(path);
        var at = new int[ColumnNames.Count];
        Array.Fill(at, -1);
        SheetCells? cells;
        Words? error;
        try
        {
            using var stream = System.IO.File.OpenRead(path);
            // Checked before the first sheet's name is looked up: that opens the package too.
            (cells, error) = InputCheck.Package(stream) is { } refused && !InputCheck.IsDamaged(refused) ? (null, refused.ToWords())
                : FirstSheet(stream) is { } sheet ? SheetCells.Read(stream, sheet) : (null, Catalogue.OfficeFiles.NoWorkbook);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new HouseholdSheet(file, null, new Problem(Catalogue.Files.CannotRead(e.Message), Place.OfFile(file)), at);
        }

        if (cells is null)
        {
            return new HouseholdSheet(file, null, new Problem(error!.Value, Place.OfFile(file)), at);
        }

        for (var column = 1; cells[1, column] is { } name; column++)
        {
            var index = Array.IndexOf([.. ColumnNames], name.Text.Trim());
            if (index >= 0)
            {
                at[index] = column;
            }
        }

        var missing = ColumnNames.Take(RequiredColumns).Where((_, i) => at[i] < 0).ToList();
        return new HouseholdSheet(file, cells, missing.Count == 0 ? null
            : new Problem(Catalogue.OfficeFiles.FirstRowLacks(missing, ColumnNames.Take(RequiredColumns)), new Place(file, Line: 1)), at);
    }

    /// <inheritdoc/>
    public override IEnumerable<HouseholdTableRow> Rows(CancellationToken ct)
    {
        if (_cells is null || Problem is not null)
        {
            yield break;
        }

        var cells = new string[_at.Length];
        for (var row = 2; row <= _cells.LastRow; row++)
        {
            ct.ThrowIfCancellationRequested();
            for (var i = 0; i < _at.Length; i++)
            {
                cells[i] = _at[i] < 0 ? "" : Text(_cells[row, _at[i]], DateColumns.Contains(ColumnNames[i]));
            }

            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            yield return new HouseholdTableRow(row, cells, null);
        }
    }

    // The first sheet's name; the stream is left at its start for the reader of the cells.
    private static string? FirstSheet(Stream stream)
    {
        try
        {
            using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, isEditable: false);
            return document.WorkbookPart?.Workbook.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().FirstOrDefault()?.Name?.Value;
        }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException)
        {
            return null;
        }
        finally
        {
            stream.Position = 0;
        }
    }

    private static string Text(SheetCell? found, bool date)
    {
        if (found is not { } cell)
        {
            return "";
        }

        if (date && cell.IsNumber && double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return cell.Text.Trim();
    }
}
