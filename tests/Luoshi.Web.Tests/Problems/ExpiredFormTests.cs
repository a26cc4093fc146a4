using System.Net;

namespace Luoshi.Web.Tests.Problems;

/// <summary>A report form sent after its security token expired (or without one) comes back with what was typed and
/// the reason above it, in the reader's language (still a 400); nothing is saved and no review step is taken.</summary>
public sealed class ExpiredFormTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("", "页面打开太久，安全校验已过期，本次未保存：您填写的内容已保留，请检查后再提交一次（附件需重新选择）。")]
    [InlineData("&lang=en", "This page was open too long and its security check expired, so nothing was saved: what you typed is kept; check it and send it again (pick any files again).")]
    public async Task A_new_report_with_an_expired_token_keeps_the_text_and_saves_nothing(string lang, string message)
    {
        using var client = web.Client();
        await SignIn.AsAsync(client, "rsj");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("CfDJ8-expired-token"), "__af" }, { new StringContent("submit"), "then" },
            { new StringContent("九月新增就业1500人。"), "progress" }, { new StringContent("１５００"), "v-T1.1" },
        };
        using var response = await client.PostAsync($"/reports/new?plan={web.PlanId}&task=T1&period=9{lang}", form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains(">九月新增就业1500人。</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"１５００\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(await web.Ledger.ListReportsAsync(web.PlanId, ct: Ct), r => r.Period == 9);
    }

    [Fact]
    public async Task An_approval_with_an_expired_token_is_not_taken()
    {
        var rsj = web.Ledger.ForActor("rsj");
        var report = (await rsj.SaveReportAsync(new Storage.ReportDraft(web.PlanId, "T1", 7, TestPlan.Rsj, [new Storage.TargetValue("T1.1", 700m, null, null, null)], "七月。", "", "", []), null, Ct)).Value!;
        report = (await rsj.TransitionAsync(report.Id, Domain.Progress.ReportAction.Submit, null, report.Version, Ct)).Value!;
        using var client = web.Client();
        await SignIn.AsAsync(client, "office");
        using var response = await client.PostAsync($"/reports/{report.Id}?handler=Approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = "CfDJ8-expired-token", ["version"] = report.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("安全校验已过期", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(Domain.Progress.ReportState.Submitted, (await web.Ledger.FindReportAsync(report.Id, Ct))!.State);
    }
}
