using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Web.Tests.Years;

/// <summary>A carried task's original year in the office files: 2022's T2 (幼儿园, confirmed 未完成) carried into 2023 as
/// JZ1; the 2023 台账, closing workbook and 年度落实情况报告 downloaded from the site say “结转自2022年度任务 T2”, the
/// words of the task page.</summary>
public sealed class CarriedOriginDocumentsTests(YearsWebLedger web) : IClassFixture<YearsWebLedger>
{
    private const string Carried = "确保幼儿园年内投入使用（结转自2022年度任务 T2）";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LedgerClosingWorkbookAndReport_CarriedTask_ShowItsOriginalYear()
    {
        var carried = await web.Ledger.Years.CarryOverAsync(web.PlanId, LifecycleActor.Office, ["T2"], Ct);
        Assert.True(carried.Succeeded, carried.Error?.ToString());
        using var office = await web.SignedInAsync("office");

        var ledger = await Cells(office, $"/exports/ledger.xlsx?plan={web.Plan2023}&asOf=2023-01-20");
        Assert.Equal(Carried, ledger.Single(r => r.GetValueOrDefault("B") == "JZ1")["C"]);
        Assert.Equal("年内实现城镇新增就业6500人以上", ledger.Single(r => r.GetValueOrDefault("B") == "T1")["C"]);

        var closing = await Cells(office, $"/exports/closing.xlsx?plan={web.Plan2023}");
        Assert.Equal(Carried, closing.Single(r => r.GetValueOrDefault("A") == "JZ1")["B"]);

        var report = await office.GetAsync($"/exports/closing-report.docx?plan={web.Plan2023}", Ct);
        report.EnsureSuccessStatusCode();
        using var docx = WordprocessingDocument.Open(new MemoryStream(await report.Content.ReadAsByteArrayAsync(Ct)), false);
        var paragraphs = docx.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("其中上年度结转任务1项：JZ1结转自2022年度任务 T2。", paragraphs);
    }

    // Every row of the downloaded workbook's one sheet as column letter → shown text (inline or shared strings).
    private static async Task<List<Dictionary<string, string>>> Cells(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        response.EnsureSuccessStatusCode();
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), false);
        var shared = xlsx.WorkbookPart!.SharedStringTablePart?.SharedStringTable!.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        return [.. xlsx.WorkbookPart.WorksheetParts.Single().Worksheet!.Descendants<Row>().Select(r => r.Elements<Cell>().ToDictionary(
            c => new string([.. c.CellReference!.Value!.TakeWhile(char.IsLetter)]),
            c => c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.InnerText, System.Globalization.CultureInfo.InvariantCulture)] : c.InnerText))];
    }
}
