using System.Net;

namespace Luoshi.Web.Tests;

/// <summary>Who may read what: the first checks of access control over the real server.</summary>
public sealed class AccessTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anonymous_reads_the_public_page_and_nothing_else()
    {
        using var client = web.Client();
        var page = await client.GetAsync("/public", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("城镇新增就业", html, StringComparison.Ordinal);
        Assert.DoesNotContain("幼儿园投入使用", html, StringComparison.Ordinal);

        foreach (var path in new[] { "/", "/tasks", "/tasks/T1", "/targets/T1.1", "/review", "/audit", "/workspace", "/reports/1" })
        {
            var response = await client.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        foreach (var path in new[] { "/api/plans", $"/api/plans/{web.PlanId}/overview", $"/api/plans/{web.PlanId}/tasks", "/api/audit" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(path, Ct)).StatusCode);
        }
    }

    [Fact]
    public async Task Office_signs_in_through_the_form_and_sees_the_overview()
    {
        using var client = web.Client();
        var signIn = await SignIn.AsAsync(client, "office");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var html = await client.GetStringAsync("/", Ct);
        Assert.Contains("测试市 2022年政府工作报告任务落实总览", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_from_any_page_ends_the_session()
    {
        using var client = web.Client();
        await SignIn.AsAsync(client, "leader");
        var token = await SignIn.FormTokenAsync(client, "/tasks");
        var signOut = await client.PostAsync("/logout", new FormUrlEncodedContent([KeyValuePair.Create("__af", token)]), Ct);
        Assert.Equal("/login", signOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/tasks", Ct)).StatusCode);
    }
}
