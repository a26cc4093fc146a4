using System.Globalization;
using System.Net;

namespace Luoshi.Web.Tests.Api;

/// <summary>Two people changing the same draft: the second save on an outdated version is refused as a conflict,
/// on the page with the second person's text kept in the form, through the API as 409 with a problem document.</summary>
public sealed class ConcurrencyTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_second_page_save_on_the_same_version_is_a_conflict_and_keeps_what_was_typed()
    {
        var draft = await web.DraftAsync("rsj", TestPlan.Rsj, "T1", 6, "六月初稿", [new("T1.1", 2500m, null, null, null)]);
        using var first = await web.SignedInAsync("rsj");
        using var second = await web.SignedInAsync("rsj");
        var firstToken = await SignIn.FormTokenAsync(first, $"/reports/{draft.Id}");
        var secondToken = await SignIn.FormTokenAsync(second, $"/reports/{draft.Id}");

        var saved = await first.PostAsync($"/reports/{draft.Id}?handler=Save", Form(firstToken, draft.Version, "第一人的修改", "2600"), Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/reports/{draft.Id}?done=saved", saved.Headers.Location!.OriginalString);

        var conflict = await second.PostAsync($"/reports/{draft.Id}?handler=Save", Form(secondToken, draft.Version, "第二人输入的文字", "2700"), Ct);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var html = await conflict.Content.ReadAsStringAsync(Ct);
        Assert.Contains("冲突：该报告已由", html, StringComparison.Ordinal);
        Assert.Contains("rsj", html, StringComparison.Ordinal); // who changed it
        Assert.Contains("第二人输入的文字", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2700\"", html, StringComparison.Ordinal);

        var stored = await web.Ledger.FindReportAsync(draft.Id, Ct);
        Assert.Equal(draft.Version + 1, stored!.Version);
        Assert.Equal("第一人的修改", stored.Progress);
        Assert.Equal(2600m, Assert.Single(stored.Values).Value);
    }

    [Fact]
    public async Task The_second_api_put_on_the_same_version_answers_409_with_a_problem_document()
    {
        var draft = await web.DraftAsync("rsj", TestPlan.Rsj, "T1", 7, "七月初稿", [new("T1.1", 3000m, null, null, null)]);
        using var a = web.TokenClient(await web.TokenAsync("rsj"));
        using var b = web.TokenClient(await web.TokenAsync("rsj"));
        var read = await (await b.GetAsync($"/api/reports/{draft.Id}", Ct)).JsonAsync();
        var version = read.GetProperty("report").GetProperty("version").GetInt32();
        Assert.Equal(draft.Version, version);

        var ok = await a.PutAsync($"/api/reports/{draft.Id}", Calls.ReportBody("T1", 7, "甲的修改", [new("T1.1", 3100m, null, null, null)], version), Ct);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(version + 1, (await ok.JsonAsync()).GetProperty("version").GetInt32());

        var late = await b.PutAsync($"/api/reports/{draft.Id}", Calls.ReportBody("T1", 7, "乙的修改", [new("T1.1", 3200m, null, null, null)], version), Ct);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("application/problem+json", late.Content.Headers.ContentType!.MediaType);
        var problem = await late.JsonAsync();
        Assert.Equal(409, problem.GetProperty("status").GetInt32());
        Assert.StartsWith("冲突", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains($"版本 {version + 1}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var stored = await web.Ledger.FindReportAsync(draft.Id, Ct);
        Assert.Equal("甲的修改", stored!.Progress);
        Assert.Equal(version + 1, stored.Version);

        // Without a version the API refuses to guess.
        var blind = await b.PutAsync($"/api/reports/{draft.Id}", Calls.ReportBody("T1", 7, "乙的修改", []), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, blind.StatusCode);
        Assert.Equal("version", (await blind.JsonAsync()).GetProperty("field").GetString());
    }

    private static MultipartFormDataContent Form(string token, int version, string progress, string value) => new()
    {
        { new StringContent(token), "__af" }, { new StringContent(version.ToString(CultureInfo.InvariantCulture)), "version" },
        { new StringContent("save"), "then" }, { new StringContent(progress), "progress" }, { new StringContent(value), "v-T1.1" },
    };
}
