using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Luoshi.Documents.Tests.Excel;
using Luoshi.Domain.Progress;

namespace Luoshi.Web.Tests.Exports;

/// <summary>The office files through the web: the ledger workbook for those who read everything, a unit's template
/// downloaded, filled and uploaded back into its reports.</summary>
public sealed class ExportTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_office_downloads_the_ledger_workbook_and_a_reporter_cannot()
    {
        using var office = web.Client();
        await SignIn.AsAsync(office, "office");
        var response = await office.GetAsync($"/exports/ledger.xlsx?plan={web.PlanId}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), isEditable: false);
        var text = string.Concat(workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text))
            + string.Concat(workbook.WorkbookPart.SharedStringTablePart?.SharedStringTable.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text) ?? []);
        Assert.Contains("城镇新增就业", text, StringComparison.Ordinal);
        Assert.Contains("幼儿园投入使用", text, StringComparison.Ordinal);

        using var rsj = web.Client();
        await SignIn.AsAsync(rsj, "rsj");
        var refused = await rsj.GetAsync($"/exports/ledger.xlsx?plan={web.PlanId}", Ct);
        Assert.StartsWith("/denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_fills_its_template_offline_and_uploads_it_into_a_submitted_report()
    {
        using var rsj = web.Client();
        await SignIn.AsAsync(rsj, "rsj");
        var download = await rsj.GetAsync($"/exports/template.xlsx?plan={web.PlanId}&period=2022-09", Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var path = Path.Combine(Path.GetTempPath(), $"rsj-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(path, await download.Content.ReadAsByteArrayAsync(Ct), Ct);
        try
        {
            TemplateFiller.Fill(path, ("G4", 600), ("K4", "九月新增就业600人"));
            var token = await SignIn.FormTokenAsync(rsj, $"/workspace?plan={web.PlanId}");
            using var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__af" },
                { new StringContent("true"), "submit" },
                { new ByteArrayContent(await File.ReadAllBytesAsync(path, Ct)), "template", "人社局九月.xlsx" },
            };
            var page = await (await rsj.PostAsync($"/workspace?handler=Import&plan={web.PlanId}", form, Ct)).Content.ReadAsStringAsync(Ct);
            Assert.Contains("已导入", page, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }

        var summary = Assert.Single(await web.Ledger.ListReportsAsync(web.PlanId, null, TestPlan.Rsj, Ct));
        Assert.Equal(("T1", 9, ReportState.Submitted), (summary.TaskCode, summary.Period, summary.State));
        var report = await web.Ledger.FindReportAsync(summary.Id, Ct);
        Assert.Equal((600m, "九月新增就业600人"), (report!.Values.Single().Value, report.Progress));
    }

    [Fact]
    public async Task A_file_that_is_no_template_is_refused_with_its_name_and_stores_nothing()
    {
        using var jyj = web.Client();
        await SignIn.AsAsync(jyj, "jyj");
        var token = await SignIn.FormTokenAsync(jyj, $"/workspace?plan={web.PlanId}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__af" },
            { new ByteArrayContent("not a workbook"u8.ToArray()), "template", "教育局.xlsx" },
        };
        var page = await (await jyj.PostAsync($"/workspace?handler=Import&plan={web.PlanId}", form, Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("教育局.xlsx", page, StringComparison.Ordinal);
        Assert.Contains("未保存", page, StringComparison.Ordinal);
        Assert.Empty(await web.Ledger.ListReportsAsync(web.PlanId, null, TestPlan.Jyj, Ct));
    }

    [Fact]
    public async Task A_leader_downloads_the_quarterly_notice_and_a_wrong_period_is_named()
    {
        using var leader = web.Client();
        await SignIn.AsAsync(leader, "leader");
        var response = await leader.GetAsync($"/exports/notice.docx?plan={web.PlanId}&period=2022Q3", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), isEditable: false);
        Assert.Equal("关于2022年第三季度政府工作报告重点任务落实情况的通报",
            document.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().First().InnerText);

        // With its 文号: above the title, centred.
        var numbered = await leader.GetAsync($"/exports/notice.docx?plan={web.PlanId}&period=2022Q3&number=" + Uri.EscapeDataString("测督通〔2022〕3号"), Ct);
        using (var withNumber = WordprocessingDocument.Open(new MemoryStream(await numbered.Content.ReadAsByteArrayAsync(Ct)), isEditable: false))
        {
            var paragraphs = withNumber.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Take(2).Select(p => p.InnerText).ToList();
            Assert.Equal(["测督通〔2022〕3号", "关于2022年第三季度政府工作报告重点任务落实情况的通报"], paragraphs);
        }

        var tooLong = await leader.GetAsync($"/exports/notice.docx?plan={web.PlanId}&period=2022Q3&number=" + new string('号', 51), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("\"field\":\"number\"", await tooLong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var wrong = await leader.GetAsync($"/exports/notice.docx?plan={web.PlanId}&period=2023Q1", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("period", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var rsj = web.Client();
        await SignIn.AsAsync(rsj, "rsj");
        Assert.StartsWith("/denied", (await rsj.GetAsync($"/exports/notice.docx?plan={web.PlanId}&period=2022Q3", Ct)).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
