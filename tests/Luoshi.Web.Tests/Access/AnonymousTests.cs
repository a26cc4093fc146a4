using System.Net;

namespace Luoshi.Web.Tests.Access;

/// <summary>Without signing in one reads the public page, the public targets, the OpenAPI document and the health
/// check; every other page sends to the sign-in form and every other API answer is 401.</summary>
public sealed class AnonymousTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_public_api_lists_only_the_public_target()
    {
        using var client = web.Client();
        var response = await client.GetAsync($"/api/public/plans/{web.PlanId}/targets", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var target = Assert.Single((await response.JsonAsync()).EnumerateArray());
        Assert.Equal("T1.1", target.GetProperty("code").GetString());
        Assert.Equal("城镇新增就业", target.GetProperty("subject").GetString());
        Assert.Equal(6000m, target.GetProperty("value").GetDecimal());
        Assert.DoesNotContain("T2.1", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/public/plans/999999/targets", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_open_doors_are_the_public_page_the_openapi_document_and_the_health_check()
    {
        using var client = web.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/public", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login", Ct)).StatusCode);
        var openApi = await client.GetAsync("/openapi/v1.json", Ct);
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        Assert.Equal("application/json", openApi.Content.Headers.ContentType?.MediaType);
        var health = await client.GetAsync("/healthz", Ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("ok", await health.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Every_other_page_redirects_to_login_and_every_other_api_answers_401()
    {
        var report = await web.DraftAsync("rsj", TestPlan.Rsj, "T1", 9, "人社局九月", [new("T1.1", 5000m, null, null, null)]);
        using var client = web.Client();
        foreach (var path in new[] { "/", "/tasks", "/tasks/T1", "/targets/T1.1", "/review", "/audit", "/workspace", $"/reports/{report.Id}", "/reports/new?task=T1&period=9", "/attachments/1" })
        {
            var response = await client.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        foreach (var path in new[]
        {
            "/api/plans", $"/api/plans/{web.PlanId}/overview", $"/api/plans/{web.PlanId}/tasks", $"/api/plans/{web.PlanId}/reports",
            $"/api/plans/{web.PlanId}/targets/T1.1", $"/api/plans/{web.PlanId}/reminders", $"/api/reports/{report.Id}", "/api/audit",
        })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(path, Ct)).StatusCode);
        }

        var put = await client.PutAsync($"/api/reports/{report.Id}", Calls.ReportBody("T1", 9, "匿名改写", [], report.Version), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, put.StatusCode);
        var create = await client.PostAsync($"/api/plans/{web.PlanId}/reports", Calls.ReportBody("T1", 8, "匿名新建", []), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, create.StatusCode);
        Assert.Equal("人社局九月", (await web.Ledger.FindReportAsync(report.Id, Ct))!.Progress);
        Assert.Single(await web.Ledger.ListReportsAsync(web.PlanId, ct: Ct));
    }
}
