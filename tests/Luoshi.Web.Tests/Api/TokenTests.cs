using System.Net;
using System.Net.Http.Json;
using Luoshi.Domain.Progress;

namespace Luoshi.Web.Tests.Api;

/// <summary>API changes need a token, never a browser cookie; a token acts exactly as its account (role, unit, audit
/// actor), and a revoked or expired one opens nothing.</summary>
public sealed class TokenTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_signed_in_cookie_cannot_write_through_the_api_but_a_token_can_and_is_audited_as_its_account()
    {
        using var browser = await web.SignedInAsync("rsj");
        // The cookie does read…
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/api/plans/{web.PlanId}/tasks", Ct)).StatusCode);
        // …but does not write.
        var byCookie = await browser.PostAsync($"/api/plans/{web.PlanId}/reports", Calls.ReportBody("T1", 5, "经由浏览器", [new("T1.1", 3000m, null, null, null)]), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, byCookie.StatusCode);
        Assert.DoesNotContain(await web.Ledger.ListReportsAsync(web.PlanId, ct: Ct), r => r.TaskCode == "T1" && r.Period == 5);

        using var api = web.TokenClient(await web.TokenAsync("rsj"));
        var byToken = await api.PostAsync($"/api/plans/{web.PlanId}/reports", Calls.ReportBody("T1", 5, "经由令牌", [new("T1.1", 3000m, null, null, null)]), Ct);
        Assert.Equal(HttpStatusCode.Created, byToken.StatusCode);
        var id = (await byToken.JsonAsync()).GetProperty("id").GetInt32();
        Assert.Equal($"/api/reports/{id}", byToken.Headers.Location!.OriginalString);
        var stored = await web.Ledger.FindReportAsync(id, Ct);
        Assert.Equal("经由令牌", stored!.Progress);
        Assert.Equal(TestPlan.Rsj, stored.Unit);
        Assert.Equal(3000m, Assert.Single(stored.Values).Value);

        var history = await web.Ledger.HistoryAsync("report", id.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct);
        Assert.Equal("rsj", Assert.Single(history).Actor);
        Assert.Contains(await web.Ledger.AuditAsync(1000, "report", Ct), e => e.EntityKey == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.Actor == "rsj");

        // The cookie cannot submit it either; the token can.
        var submitByCookie = await browser.PostAsync($"/api/reports/{id}/submit", JsonContent.Create(new { version = stored.Version }), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, submitByCookie.StatusCode);
        Assert.Equal(ReportState.Draft, (await web.Ledger.FindReportAsync(id, Ct))!.State);
        var submit = await api.PostAsync($"/api/reports/{id}/submit", JsonContent.Create(new { version = stored.Version }), Ct);
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        Assert.Equal(ReportState.Submitted, (await web.Ledger.FindReportAsync(id, Ct))!.State);
    }

    [Fact]
    public async Task The_office_token_approves_a_reporter_token_cannot_and_an_office_cookie_cannot_either()
    {
        var draft = await web.DraftAsync("rsj", TestPlan.Rsj, "T1", 4, "四月", [new("T1.1", 2000m, null, null, null)]);
        var submitted = (await web.Ledger.ForActor("rsj").TransitionAsync(draft.Id, ReportAction.Submit, null, draft.Version, Ct)).Value!;

        using var rsj = web.TokenClient(await web.TokenAsync("rsj"));
        Assert.Equal(HttpStatusCode.Forbidden, (await rsj.PostAsync($"/api/reports/{draft.Id}/approve", JsonContent.Create(new { version = submitted.Version }), Ct)).StatusCode);
        using var officeCookie = await web.SignedInAsync("office");
        Assert.Equal(HttpStatusCode.Unauthorized, (await officeCookie.PostAsync($"/api/reports/{draft.Id}/approve", JsonContent.Create(new { version = submitted.Version }), Ct)).StatusCode);
        Assert.Equal(ReportState.Submitted, (await web.Ledger.FindReportAsync(draft.Id, Ct))!.State);

        using var office = web.TokenClient(await web.TokenAsync("office"));
        var approved = await office.PostAsync($"/api/reports/{draft.Id}/approve", JsonContent.Create(new { version = submitted.Version }), Ct);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("approved", (await approved.JsonAsync()).GetProperty("state").GetString());
        Assert.Equal(ReportState.Approved, (await web.Ledger.FindReportAsync(draft.Id, Ct))!.State);
        Assert.Equal("office", (await web.Ledger.HistoryAsync("report", draft.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct))[0].Actor);
    }

    [Fact]
    public async Task A_revoked_token_an_expired_token_and_an_unknown_token_answer_401()
    {
        var issued = await web.Ledger.CreateApiTokenAsync("office", "to revoke", null, Ct);
        using var revoked = web.TokenClient(issued.Value!.Secret);
        Assert.Equal(HttpStatusCode.OK, (await revoked.GetAsync("/api/plans", Ct)).StatusCode);
        Assert.True((await web.Ledger.RevokeApiTokenAsync(issued.Value.Token.Id, Ct)).Succeeded);
        Assert.Equal(HttpStatusCode.Unauthorized, (await revoked.GetAsync("/api/plans", Ct)).StatusCode);

        var shortLived = await web.Ledger.CreateApiTokenAsync("office", "short", DateTimeOffset.UtcNow.AddSeconds(1), Ct);
        Assert.True(shortLived.Succeeded, shortLived.Error?.ToString());
        using var expiring = web.TokenClient(shortLived.Value!.Secret);
        Assert.Equal(HttpStatusCode.OK, (await expiring.GetAsync("/api/plans", Ct)).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, (await expiring.GetAsync("/api/plans", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await expiring.GetAsync($"/api/plans/{web.PlanId}/overview", Ct)).StatusCode);

        using var unknown = web.TokenClient("not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await unknown.GetAsync("/api/plans", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await unknown.PostAsync($"/api/plans/{web.PlanId}/reports", Calls.ReportBody("T1", 3, "x", []), Ct)).StatusCode);
    }
}
