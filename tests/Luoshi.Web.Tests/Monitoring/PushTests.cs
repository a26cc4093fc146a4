using System.Net;
using System.Net.Http.Json;

namespace Luoshi.Web.Tests.Monitoring;

/// <summary>POST /api/monitoring/air and /water: a data feed's token pushes rows checked by the file rules, all or
/// nothing, the same push twice storing nothing more; the feed's account can do nothing else.</summary>
public sealed class PushTests(WebLedger web) : IClassFixture<WebLedger>, IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await MonitoringFeed.AddAsync(web);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static object Hour(string station, string time, double? pm25) =>
        new { station, time, pm25, pm10 = 20, so2 = 5, no2 = 10, co = 0.5, o3 = 50 };

    [Fact]
    public async Task A_feed_token_pushes_hours_and_the_same_push_again_stores_nothing_more()
    {
        using var feed = web.TokenClient(await web.TokenAsync("feed"));
        var body = new { rows = new[] { Hour("A", "2022-03-01 00:00", 30), Hour("A", "2022-03-01 01:00", null), Hour("B", "2022-03-01 00:00", 31) } };

        var first = await feed.PostAsJsonAsync("/api/monitoring/air", body, Ct);
        var again = await feed.PostAsJsonAsync("/api/monitoring/air", body, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var stored = await first.JsonAsync();
        Assert.Equal((3, 3, 0, 1), (stored.GetProperty("rows").GetInt32(), stored.GetProperty("inserted").GetInt32(),
            stored.GetProperty("corrected").GetInt32(), stored.GetProperty("missing").GetProperty("pm25").GetInt32()));
        Assert.Equal("2022-03-01T01:00:00", stored.GetProperty("last").GetString());
        Assert.True((await again.JsonAsync()).GetProperty("alreadyStored").GetBoolean());
        var audit = await web.Ledger.AuditAsync(100, "air-data", Ct);
        Assert.Equal("feed", Assert.Single(audit, a => a.After!.Contains("2022-03-01 00:00", StringComparison.Ordinal)).Actor);
    }

    [Fact]
    public async Task A_push_with_mistakes_is_refused_whole_naming_each_row_and_field()
    {
        using var feed = web.TokenClient(await web.TokenAsync("feed"));
        feed.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var body = new { rows = new[] { Hour("A", "2022-04-01 00:00", 30), Hour("Z", "2022-04-01 00:00", 30), Hour("A", "2022-04-01 01:00", -2), Hour("A", "2022-04-01 1:00", 3) } };

        var response = await feed.PostAsJsonAsync("/api/monitoring/air", body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("3 problem(s); nothing was stored", problem.GetProperty("detail").GetString());
        Assert.Equal(["rows[1].station", "rows[2].pm25", "rows[3].time"],
            problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        Assert.Equal("expected a concentration of zero or more, found '-2'", problem.GetProperty("errors")[1].GetProperty("message").GetString());
        Assert.DoesNotContain(await web.Ledger.AuditAsync(100, "air-data", Ct), a => a.After!.Contains("2022-04-01", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_feed_token_pushes_water_samples_and_an_unknown_item_is_named()
    {
        using var feed = web.TokenClient(await web.TokenAsync("feed"));

        var good = await feed.PostAsJsonAsync("/api/monitoring/water",
            new { samples = new[] { new { section = "WMG", date = "2022-03-10", items = new Dictionary<string, decimal?> { ["nh3n"] = 0.8m, ["tp"] = 0.15m } } } }, Ct);
        var bad = await feed.PostAsJsonAsync("/api/monitoring/water",
            new { samples = new[] { new { section = "WMG", date = "2022-03-11", items = new Dictionary<string, decimal?> { ["nh4"] = 0.8m } } } }, Ct);

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(1, (await good.JsonAsync()).GetProperty("inserted").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("items.nh4", (await bad.JsonAsync()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task The_feed_reads_nothing_a_leader_cannot_push_a_cookie_cannot_push_and_the_office_token_can()
    {
        using var feed = web.TokenClient(await web.TokenAsync("feed"));
        Assert.Equal(HttpStatusCode.Forbidden, (await feed.GetAsync("/api/plans", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await feed.GetAsync($"/api/plans/{web.PlanId}/tasks", Ct)).StatusCode);
        using var feedBrowser = await web.SignedInAsync("feed");
        Assert.Equal(HttpStatusCode.Redirect, (await feedBrowser.GetAsync("/tasks", Ct)).StatusCode);

        var body = new { rows = new[] { Hour("B", "2022-05-01 00:00", 30) } };
        using var leader = web.TokenClient(await web.TokenAsync("leader"));
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync("/api/monitoring/air", body, Ct)).StatusCode);
        using var officeBrowser = await web.SignedInAsync("office");
        Assert.Equal(HttpStatusCode.Unauthorized, (await officeBrowser.PostAsJsonAsync("/api/monitoring/air", body, Ct)).StatusCode);
        using var office = web.TokenClient(await web.TokenAsync("office"));
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync("/api/monitoring/air", body, Ct)).StatusCode);
    }
}
