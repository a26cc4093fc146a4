using System.Net;
using System.Text.RegularExpressions;

namespace Luoshi.Web.Tests.Access;

/// <summary>The menu offers each person only what they can use: every link in it opens (no 403, no empty area); a
/// department's reporter is not offered the villages or the household monitoring, the office is.</summary>
public sealed partial class MenuTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("office", true)]
    [InlineData("leader", true)]
    [InlineData("rsj", false)]
    public async Task Every_menu_entry_opens_and_a_department_is_not_offered_villages_or_households(string login, bool seesVillages)
    {
        using var client = web.Client();
        await SignIn.AsAsync(client, login);
        var home = await client.GetStringAsync("/tasks", Ct);
        var nav = Nav().Match(home).Groups[1].Value;
        var links = Link().Matches(nav).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(seesVillages, links.Contains("/villages"));
        Assert.Equal(seesVillages, links.Contains("/households"));
        foreach (var link in links)
        {
            using var response = await client.GetAsync(link, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{login}: {link} answers {(int)response.StatusCode}");
        }
    }

    [GeneratedRegex(@"<nav>(.*?)</nav>", RegexOptions.Singleline)]
    private static partial Regex Nav();

    [GeneratedRegex(@"href=""([^""]+)""")]
    private static partial Regex Link();
}
