using System.Net;

namespace Luoshi.Web.Tests.Problems;

/// <summary>A per-cent sign typed on the report form means per cent: for T1.1, counted in 人, "400%" is no number of
/// people and comes back beside its field with the text kept and nothing saved; for T2.1, a milestone's percent
/// complete, "60％" is 60.</summary>
public sealed class PercentSignTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Percent_of_a_count_of_people_is_refused_beside_the_field()
    {
        using var client = await web.SignedInAsync("rsj");
        var token = await SignIn.FormTokenAsync(client, "/reports/new?task=T1&period=4");
        using var response = await client.PostAsync("/reports/new?task=T1&period=4", new MultipartFormDataContent
        {
            { new StringContent(token), "__af" }, { new StringContent("save"), "then" }, { new StringContent("四月新增就业。"), "progress" },
            { new StringContent("400%"), "v-T1.1" },
        }, Ct);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("T1.1 城镇新增就业（本期数值）：应为不小于 0 的整数，实际为“400%”", html, StringComparison.Ordinal);
        Assert.Contains("value=\"400%\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(await web.Ledger.ListReportsAsync(web.PlanId, ct: Ct), r => r.Period == 4 && r.TaskCode == "T1");
    }

    [Fact]
    public async Task Percent_complete_of_a_milestone_reads_the_sign()
    {
        using var client = await web.SignedInAsync("jyj");
        var token = await SignIn.FormTokenAsync(client, "/reports/new?task=T2&period=4");
        using var response = await client.PostAsync("/reports/new?task=T2&period=4", new MultipartFormDataContent
        {
            { new StringContent(token), "__af" }, { new StringContent("save"), "then" }, { new StringContent("主体完工。"), "progress" },
            { new StringContent("60％"), "v-T2.1" },
        }, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = Assert.Single(await web.Ledger.ListReportsAsync(web.PlanId, ct: Ct), r => r.Period == 4 && r.TaskCode == "T2");
        Assert.Equal(60m, Assert.Single((await web.Ledger.FindReportAsync(saved.Id, Ct))!.Values).Value);
    }
}
