using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Luoshi.Cli.Tests;

/// <summary>The quarterly notice from the command line (`luoshi export report`), over the demo ledger.</summary>
public sealed class ExportReportCommandTests(ExportReportCommandTests.DemoLedger demo) : IClassFixture<ExportReportCommandTests.DemoLedger>
{
    private readonly string _directory = demo.Directory;

    [Fact]
    public void The_notice_of_the_demo_ledger_shows_a_chart_for_each_red_target_of_the_status_command()
    {
        var db = demo.Database;
        var file = Path.Combine(_directory, "通报.docx");

        var export = CliRun.Luoshi("export", "report", "--db", db, "--period", "2022Q3", "--format", "docx", "-o", file);

        Assert.True(export.ExitCode == 0, export.Error);
        Assert.Contains($"{file} written (四会市 2022)", export.Output, StringComparison.Ordinal);
        // The notice evaluates on the day after September's reports were due (the 28th): the status of that day.
        var status = CliRun.Luoshi("status", "--db", db, "--as-of", "2022-09-29", "--format", "json");
        using var json = JsonDocument.Parse(status.Output);
        var red = json.RootElement.GetProperty("targets").EnumerateArray()
            .Count(t => t.GetProperty("status").GetString() is "at_risk" or "missed" or "not_reported");
        using var document = WordprocessingDocument.Open(file, isEditable: false);
        Assert.Equal(red, document.MainDocumentPart!.ImageParts.Count());
        Assert.Equal("关于2022年第三季度政府工作报告重点任务落实情况的通报", document.MainDocumentPart.Document!.Body!.Elements<Paragraph>().First().InnerText);
    }

    [Theory]
    [InlineData("2021Q3", "the plan is of 2022")]
    [InlineData("third", "expected a quarter like 2022Q3")]
    public void A_period_outside_the_plan_is_refused_with_exit_code_2(string period, string message)
    {
        var db = demo.Database;

        var export = CliRun.English("export", "report", "--db", db, "--period", period, "-o", Path.Combine(_directory, "x.docx"));

        Assert.Equal(2, export.ExitCode);
        Assert.Contains(message, export.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory, "x.docx")));
    }

    /// <summary>One demo ledger for the class: building it takes seconds.</summary>
    public sealed class DemoLedger : IDisposable
    {
        public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("luoshi-notice-").FullName;

        public string Database => Path.Combine(Directory, "demo.db");

        public DemoLedger()
        {
            var built = CliRun.Luoshi("demo", "--db", Database);
            if (built.ExitCode != 0)
            {
                throw new InvalidOperationException("luoshi demo failed: " + built.Error);
            }
        }

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }
}
