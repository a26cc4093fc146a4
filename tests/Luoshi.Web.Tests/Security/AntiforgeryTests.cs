using System.Net;

namespace Luoshi.Web.Tests.Security;

/// <summary>A form posted without the page's anti-forgery token (as another site would post it) is refused with 400
/// before anything happens: no sign-in, no report.</summary>
public sealed class AntiforgeryTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Login_without_the_token_is_refused_and_signs_nobody_in()
    {
        using var client = web.Client();
        await client.GetAsync("/login", Ct); // the anti-forgery cookie is there, only the field is missing
        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = "office", ["password"] = WebLedger.Password,
        }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("luoshi.auth=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/", Ct)).StatusCode);

        // A forged token is no better.
        var forged = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = "office", ["password"] = WebLedger.Password, ["__af"] = "CfDJ8forged",
        }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task A_new_report_without_the_token_is_refused_and_nothing_is_stored()
    {
        using var client = await web.SignedInAsync("rsj");
        var before = await web.Ledger.AuditAsync(1000, null, Ct);
        var response = await client.PostAsync("/reports/new?task=T1&period=3", new MultipartFormDataContent
        {
            { new StringContent("save"), "then" }, { new StringContent("跨站伪造"), "progress" }, { new StringContent("100"), "v-T1.1" },
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await web.Ledger.ListReportsAsync(web.PlanId, ct: Ct));
        Assert.Equal(before.Count, (await web.Ledger.AuditAsync(1000, null, Ct)).Count);

        // The same form with the token goes through, so the 400 was the token's doing.
        var token = await SignIn.FormTokenAsync(client, "/reports/new?task=T1&period=3");
        var ok = await client.PostAsync("/reports/new?task=T1&period=3", new MultipartFormDataContent
        {
            { new StringContent(token), "__af" }, { new StringContent("save"), "then" }, { new StringContent("正常保存"), "progress" }, { new StringContent("100"), "v-T1.1" },
        }, Ct);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal("正常保存", (await web.Ledger.FindReportAsync(Assert.Single(await web.Ledger.ListReportsAsync(web.PlanId, ct: Ct)).Id, Ct))!.Progress);
    }
}
