using DocumentFormat.OpenXml.Packaging;
using Luoshi.Documents.Tests.Excel;
using Luoshi.Domain.Progress;
using Luoshi.Storage;
using Microsoft.Data.Sqlite;
using Sheet = DocumentFormat.OpenXml.Spreadsheet;

namespace Luoshi.Cli.Tests;

/// <summary>luoshi export ledger|template and progress import of a filled .xlsx, against a real SQLite file.</summary>
public sealed class OfficeFilesCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-cli-").FullName;

    private string Db => Path.Combine(_directory, "ledger.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private (int ExitCode, string Output, string Error) Run(params string[] args) => CliRun.Luoshi([.. args, "--db", Db, "--as", "督查室王"]);

    private string Ready()
    {
        Assert.Equal(0, Run("import", CliRun.Sample, "--region", "四会市", "--year", "2022").ExitCode);
        Assert.Equal(0, Run("units", "import", CliRun.Units).ExitCode);
        Assert.Equal(0, Run("assign", "T16", "--lead", "人社局").ExitCode);
        var template = Path.Combine(_directory, "人社局-2022-03.xlsx");
        var exported = Run("export", "template", "--unit", "人社局", "--period", "2022-03", "-o", template);
        Assert.True(exported.ExitCode == 0, exported.Error);
        return template;
    }

    /// <summary>The row of the template that holds <paramref name="target"/> (its code stands in a hidden column).</summary>
    private static int RowOf(string path, string target)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<Sheet.SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var sheet = ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet.Sheet>().First().Id!)).Worksheet;
        var cell = sheet.Descendants<Sheet.Cell>().First(c => (c.DataType?.Value == Sheet.CellValues.SharedString ? shared[int.Parse(c.InnerText, System.Globalization.CultureInfo.InvariantCulture)] : c.InnerText) == target);
        return (int)((Sheet.Row)cell.Parent!).RowIndex!.Value;
    }

    [Fact]
    public async Task A_template_filled_offline_comes_back_as_the_units_submitted_report()
    {
        var template = Ready();
        var row = RowOf(template, "T16.1");
        TemplateFiller.Fill(template, ($"G{row}", 600), ($"G{row + 1}", 3.8m), ($"K{row}", "一季度稳岗就业"));

        var imported = Run("progress", "import", template, "--unit", "人社局", "--submit");

        Assert.True(imported.ExitCode == 0, imported.Error);
        await using var ledger = await Ledger.OpenAsync(StoreOptions.SqliteFile(Db), "测试", null, TestContext.Current.CancellationToken);
        var plan = (await ledger.ListPlansAsync(TestContext.Current.CancellationToken)).Single();
        var summary = Assert.Single(await ledger.ListReportsAsync(plan.Id, null, "人社局", TestContext.Current.CancellationToken));
        Assert.Equal(("T16", 3, ReportState.Submitted), (summary.TaskCode, summary.Period, summary.State));
        var report = await ledger.FindReportAsync(summary.Id, TestContext.Current.CancellationToken);
        Assert.Equal([600m, 3.8m], report!.Values.OrderByDescending(v => v.Value).Select(v => v.Value!.Value));
        Assert.Equal("一季度稳岗就业", report.Progress);

        var book = Path.Combine(_directory, "台账.xlsx");
        var ledgerExport = Run("export", "ledger", "--format", "xlsx", "--as-of", "2022-04-01", "-o", book);
        Assert.True(ledgerExport.ExitCode == 0, ledgerExport.Error);
        using var workbook = SpreadsheetDocument.Open(book, isEditable: false);
        Assert.Single(workbook.WorkbookPart!.WorksheetParts);
    }

    [Fact]
    public async Task Text_in_a_number_cell_is_named_by_sheet_row_and_column_and_nothing_is_stored()
    {
        var template = Ready();
        var row = RowOf(template, "T16.1");
        TemplateFiller.Fill(template, ($"G{row}", "六百"));

        var imported = CliRun.English("progress", "import", template, "--unit", "人社局", "--db", Db, "--as", "督查室王");

        Assert.Equal(2, imported.ExitCode);
        Assert.Contains($"row {row}, column G", imported.Error, StringComparison.Ordinal);
        Assert.Contains("'六百'", imported.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was stored", imported.Error, StringComparison.Ordinal);
        await using var ledger = await Ledger.OpenAsync(StoreOptions.SqliteFile(Db), "测试", null, TestContext.Current.CancellationToken);
        var plan = (await ledger.ListPlansAsync(TestContext.Current.CancellationToken)).Single();
        Assert.Empty(await ledger.ListReportsAsync(plan.Id, null, null, TestContext.Current.CancellationToken));
    }
}
