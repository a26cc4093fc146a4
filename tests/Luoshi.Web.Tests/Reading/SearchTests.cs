using System.Net;
using System.Text.RegularExpressions;

namespace Luoshi.Web.Tests.Reading;

/// <summary>The search box: tasks, targets and units by words, a unit by its alias as the command line reads it, each
/// only as far as the caller may see; nobody signed out searches.</summary>
public sealed partial class SearchTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_office_finds_tasks_targets_and_units_a_reporter_only_its_own()
    {
        using var office = web.Client();
        await SignIn.AsAsync(office, "office");
        var byAlias = await office.GetStringAsync("/search?q=" + Uri.EscapeDataString("人社局"), Ct);
        Assert.Equal(["T1"], Found(byAlias, "found-tasks"));
        Assert.Equal([TestPlan.Rsj], Found(byAlias, "found-units"));
        Assert.Contains($"href=\"/tasks?plan={web.PlanId}&amp;unit={Uri.EscapeDataString(TestPlan.Rsj)}\"", byAlias, StringComparison.Ordinal);

        var kindergarten = await office.GetStringAsync("/search?q=" + Uri.EscapeDataString("幼儿园"), Ct);
        Assert.Equal(["T2"], Found(kindergarten, "found-tasks"));
        Assert.Equal(["T2.1"], Found(kindergarten, "found-targets"));
        Assert.Contains("找到任务 1 项、目标 1 个、单位 0 个。", kindergarten, StringComparison.Ordinal);

        using var rsj = web.Client();
        await SignIn.AsAsync(rsj, "rsj");
        var notOwn = await rsj.GetStringAsync("/search?q=" + Uri.EscapeDataString("幼儿园"), Ct);
        Assert.Empty(Found(notOwn, "found-tasks"));
        Assert.Empty(Found(notOwn, "found-targets"));
        Assert.Empty(Found(await rsj.GetStringAsync("/search?q=" + Uri.EscapeDataString("教育局"), Ct), "found-units"));
        Assert.Equal(["T1.1"], Found(await rsj.GetStringAsync("/search?q=" + Uri.EscapeDataString("就业"), Ct), "found-targets"));

        using var nobody = web.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await nobody.GetAsync("/search?q=T1", Ct)).StatusCode);
    }

    /// <summary>The first link text of each item in the list with id <paramref name="list"/>.</summary>
    private static List<string> Found(string html, string list)
    {
        var items = Regex.Match(html, $"<ul id=\"{list}\">(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value;
        return [.. Item().Matches(items).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex(@"<li><a href=""[^""]*"">([^<]+)</a>")]
    private static partial Regex Item();
}
