using System.Net;
using Luoshi.Domain.Progress;
using Luoshi.Storage;

namespace Luoshi.Web.Tests.Access;

/// <summary>A unit reporter guessing the id of another unit's report gets a 404 everywhere — page, API, page form,
/// attachment — and changes nothing; the roles that read the whole ledger see it, and only the office approves.</summary>
public sealed class UnitScopeTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly TargetValue[] Half = [new("T2.1", 50m, null, null, null)];

    [Fact]
    public async Task Another_units_draft_is_not_found_and_stays_unchanged_whatever_rsj_tries()
    {
        var draft = await web.DraftAsync("jyj", TestPlan.Jyj, "T2", 9, "教育局九月进展", Half);
        var attachment = await web.Ledger.ForActor("jyj").AddAttachmentAsync(draft.Id, "证明.pdf", "application/pdf", "%PDF-1.4 教育局"u8.ToArray(), Ct);
        Assert.True(attachment.Succeeded, attachment.Error?.ToString());

        using var page = await web.SignedInAsync("rsj");
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/reports/{draft.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/api/reports/{draft.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/attachments/{attachment.Value!.Id}", Ct)).StatusCode);

        // The page's own form, with a valid anti-forgery token of rsj's session.
        var token = await SignIn.FormTokenAsync(page, "/reports/new?task=T1&period=9");
        var post = await page.PostAsync($"/reports/{draft.Id}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token, ["version"] = draft.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["then"] = "submit", ["progress"] = "人社局改写", ["v-T2.1"] = "100",
        }), Ct);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        using var api = web.TokenClient(await web.TokenAsync("rsj"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/reports/{draft.Id}", Ct)).StatusCode);
        var put = await api.PutAsync($"/api/reports/{draft.Id}", Calls.ReportBody("T2", 9, "人社局改写", [new("T2.1", 100m, null, null, null)], draft.Version), Ct);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        var submit = await api.PostAsync($"/api/reports/{draft.Id}/submit", System.Net.Http.Json.JsonContent.Create(new { version = draft.Version }), Ct);
        Assert.Equal(HttpStatusCode.NotFound, submit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/attachments/{attachment.Value.Id}", Ct)).StatusCode);

        var after = await web.Ledger.FindReportAsync(draft.Id, Ct);
        Assert.NotNull(after);
        Assert.Equal(draft.Version, after.Version);
        Assert.Equal(ReportState.Draft, after.State);
        Assert.Equal("教育局九月进展", after.Progress);
        Assert.Equal(50m, Assert.Single(after.Values).Value);
        Assert.Single(await web.Ledger.ListAttachmentsAsync(draft.Id, Ct));
        Assert.DoesNotContain(await web.Ledger.HistoryAsync("report", draft.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct), e => e.Actor == "rsj");
    }

    [Fact]
    public async Task Office_and_leader_read_it_and_only_the_office_approves()
    {
        var draft = await web.DraftAsync("jyj", TestPlan.Jyj, "T2", 8, "教育局八月进展", Half);
        var submitted = await web.Ledger.ForActor("jyj").TransitionAsync(draft.Id, ReportAction.Submit, null, draft.Version, Ct);
        Assert.True(submitted.Succeeded, submitted.Error?.ToString());
        var version = submitted.Value!.Version;

        foreach (var login in new[] { "office", "leader" })
        {
            using var page = await web.SignedInAsync(login);
            var html = await page.GetStringAsync($"/reports/{draft.Id}", Ct);
            Assert.Contains("教育局八月进展", html, StringComparison.Ordinal);
            var json = await (await page.GetAsync($"/api/reports/{draft.Id}", Ct)).JsonAsync();
            Assert.Equal("教育局八月进展", json.GetProperty("report").GetProperty("progress").GetString());
            Assert.Equal(TestPlan.Jyj, json.GetProperty("report").GetProperty("unit").GetString());
        }

        using var leader = web.TokenClient(await web.TokenAsync("leader"));
        var refused = await leader.PostAsync($"/api/reports/{draft.Id}/approve", System.Net.Http.Json.JsonContent.Create(new { version }), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(ReportState.Submitted, (await web.Ledger.FindReportAsync(draft.Id, Ct))!.State);

        using var office = web.TokenClient(await web.TokenAsync("office"));
        var approved = await office.PostAsync($"/api/reports/{draft.Id}/approve", System.Net.Http.Json.JsonContent.Create(new { version }), Ct);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(ReportState.Approved, (await web.Ledger.FindReportAsync(draft.Id, Ct))!.State);
        Assert.Contains(await web.Ledger.HistoryAsync("report", draft.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct), e => e.Actor == "office");
    }

    [Fact]
    public async Task A_reporter_lists_only_its_own_tasks_and_reports_and_no_overview()
    {
        await web.DraftAsync("jyj", TestPlan.Jyj, "T2", 7, "教育局七月", Half);
        var own = await web.DraftAsync("rsj", TestPlan.Rsj, "T1", 7, "人社局七月", [new("T1.1", 4000m, null, null, null)]);

        using var rsj = web.TokenClient(await web.TokenAsync("rsj"));
        var tasks = await (await rsj.GetAsync($"/api/plans/{web.PlanId}/tasks", Ct)).JsonAsync();
        Assert.Equal("T1", Assert.Single(tasks.EnumerateArray()).GetProperty("code").GetString());
        var reports = await (await rsj.GetAsync($"/api/plans/{web.PlanId}/reports", Ct)).JsonAsync();
        var report = Assert.Single(reports.EnumerateArray());
        Assert.Equal(own.Id, report.GetProperty("id").GetInt32());
        Assert.Equal(TestPlan.Rsj, report.GetProperty("unit").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await rsj.GetAsync($"/api/plans/{web.PlanId}/overview", Ct)).StatusCode);

        // The office sees both units' reports and both tasks.
        using var office = web.TokenClient(await web.TokenAsync("office"));
        Assert.Equal(2, (await (await office.GetAsync($"/api/plans/{web.PlanId}/tasks", Ct)).JsonAsync()).GetArrayLength());
        Assert.True((await (await office.GetAsync($"/api/plans/{web.PlanId}/reports", Ct)).JsonAsync()).GetArrayLength() >= 2);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync($"/api/plans/{web.PlanId}/overview", Ct)).StatusCode);

        using var page = await web.SignedInAsync("rsj");
        foreach (var path in new[] { "/audit", "/review" })
        {
            var response = await page.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            var denied = await page.GetAsync(response.Headers.Location, Ct);
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        }
    }
}
