using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Luoshi.Web.Tests.Lifecycle;

/// <summary>The 交办单 of a unit through the web: the office downloads any unit's (by name or alias), a reporter only its
/// own; the document lists the unit's tasks with deadline and targets, the signing limit (3 working days by default),
/// the reporting cadence (monthly, due the 28th) and the issuer, dated the site's day (2022-10-10).</summary>
public sealed class AssignmentNoticeTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Office_downloads_a_units_assignment_notice_and_a_reporter_only_its_own()
    {
        using var office = web.Client();
        await SignIn.AsAsync(office, "office");
        var lines = await LinesAsync(await office.GetAsync($"/exports/assignment.docx?plan={web.PlanId}&unit=教育局", Ct));
        Assert.Equal("测试市2022年政府工作报告重点任务交办单（测试市教育局）", lines[0]);
        Assert.Equal("测试市教育局：", lines[1]);
        Assert.Equal("为确保测试市2022年政府工作报告确定的重点任务落地见效，现将你单位牵头的1项、配合的0项任务交办如下，请认真抓好落实。", lines[2]);
        Assert.Equal("一、交办任务", lines[3]);
        Assert.Equal(["序号", "任务及量化目标", "责任", "完成时限", "1", "T2 确保幼儿园年内投入使用（目标：幼儿园年内投入使用）", "牵头", "2022年12月31日"], lines[4..12]);
        Assert.Equal("二、工作要求", lines[12]);
        Assert.Equal("（一）及时签收。请于交办之日起3个工作日内登录督查系统签收，逾期未签收的计入单位考核。", lines[13]);
        Assert.Equal("（二）按时报送。牵头单位每月28日前报送当月进展情况，写明进展情况、存在问题和下一步措施，有量化目标的同时报送完成数值，配合单位向牵头单位提供材料。", lines[14]);
        Assert.Equal("联系单位：测试市人民政府督查室。", lines[^5]);
        Assert.Equal(["", "", "测试市人民政府督查室", "2022年10月10日"], lines[^4..]);

        using var rsj = web.Client();
        await SignIn.AsAsync(rsj, "rsj");
        var own = await LinesAsync(await rsj.GetAsync($"/exports/assignment.docx?plan={web.PlanId}", Ct));
        Assert.Equal("测试市2022年政府工作报告重点任务交办单（测试市人力资源和社会保障局）", own[0]);
        Assert.Contains("T1 年内实现城镇新增就业6千人以上（目标：城镇新增就业6千人以上）", own);
        var other = await rsj.GetAsync($"/exports/assignment.docx?plan={web.PlanId}&unit=教育局", Ct);
        Assert.Equal((HttpStatusCode.Forbidden, "只能下载本单位的交办单"), (other.StatusCode, (await other.JsonAsync()).GetProperty("detail").GetString()));
        var unknown = await office.GetAsync($"/exports/assignment.docx?plan={web.PlanId}&unit=不存在局", Ct);
        Assert.Equal((HttpStatusCode.BadRequest, "没有名为“不存在局”的单位（名称或简称）"), (unknown.StatusCode, (await unknown.JsonAsync()).GetProperty("detail").GetString()));
    }

    private static async Task<string[]> LinesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), isEditable: false);
        return [.. document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText)];
    }
}
