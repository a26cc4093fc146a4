using System.Net;
using Luoshi.Domain.Plans;

namespace Luoshi.Web.Tests.Monitoring;

/// <summary>The AQI calendar, the section table and a bound target's page over data whose values are worked by hand
/// (MonitoringFeed; as of 2022-10-10 the days counted are 1 January to 9 October, 282 days).</summary>
public sealed class MonitoringPagesTests(WebLedger web) : IClassFixture<WebLedger>, IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        if (await web.Ledger.FindAccountAsync("feed", Ct) is null)
        {
            await MonitoringFeed.AddAsync(web, withData: true);
            Assert.True((await web.Ledger.BindTargetAsync(web.PlanId, "T1.1", new IndicatorBinding("air.good-day-share", "城区"), Ct)).Succeeded);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_calendar_colours_each_day_and_gives_the_reason_for_grey_ones()
    {
        using var leader = await web.SignedInAsync("leader");

        var html = await leader.GetStringAsync("/monitoring/air?scope=" + Uri.EscapeDataString("城区"), Ct);

        // 2 good of 3 valid; 282 days counted, 279 invalid of which 278 without data.
        Assert.Contains("<b>66.7%</b>", html, StringComparison.Ordinal);
        Assert.Contains("<b>3 / 282</b>", html, StringComparison.Ordinal);
        Assert.Contains("无效天数（其中无数据278天）", html, StringComparison.Ordinal);
        // HJ 633-2012 Annex A colours: 优 green (0,228,0), 轻度污染 orange (255,126,0).
        Assert.Contains("<td style=\"background:#00E400;color:#1d2430\" title=\"2022-01-01: AQI 43 优\">43</td>", html, StringComparison.Ordinal);
        Assert.Contains("title=\"2022-01-02: AQI 144 轻度污染，首要污染物 PM2.5\">144</td>", html, StringComparison.Ordinal);
        Assert.Contains("style=\"background:#FF7E00", html, StringComparison.Ordinal);
        Assert.Contains("title=\"2022-01-03：无效天，PM2.5有效数据不足（GB 3095-2012 表4）\"", html, StringComparison.Ordinal);
        Assert.Contains("title=\"2022-01-04：无数据（无效天）\"", html, StringComparison.Ordinal);
        Assert.Contains("title=\"2022-01-05: AQI 100 良，首要污染物 PM2.5\">100</td>", html, StringComparison.Ordinal);
        // 9 October is the last day counted; the as-of day itself is not over.
        Assert.Contains("title=\"2022-10-09：无数据（无效天）\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("title=\"2022-10-10", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_of_the_bound_scope_shows_the_target_and_its_affordable_days()
    {
        using var office = await web.SignedInAsync("office");

        var html = await office.GetStringAsync("/monitoring/air", Ct);

        // The page opens on the bound scope. T1.1's goal is 6000 (a count): no share goal, so no affordable days line.
        Assert.Contains("空气质量日历 · 城区 · 2022年", html, StringComparison.Ordinal);
        Assert.DoesNotContain("剩余可超标天数", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_scope_names_the_sets_and_stations_there_are()
    {
        using var leader = await web.SignedInAsync("leader");

        var html = await leader.GetStringAsync("/monitoring/air?scope=" + Uri.EscapeDataString("郊区"), Ct);

        Assert.Contains("没有名为“郊区”的站点或站点组（站点组：城区；站点：A、B）", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_section_table_colours_each_month_by_class_and_says_who_misses()
    {
        using var leader = await web.SignedInAsync("leader");

        var html = System.Net.WebUtility.HtmlDecode(await leader.GetStringAsync("/monitoring/water?scope=" + Uri.EscapeDataString("省考及以上"), Ct));

        // Year to date: WMG mean NH3-N 1.10 → IV (misses III); DS II meets → 1 of 2 = 50%.
        Assert.Contains("<b>50.0%</b>水质达标率", html, StringComparison.Ordinal);
        Assert.Contains("title=\"III类，定类项目 氨氮（NH3-N）、总磷（以P计）；样品 1 个\">III类</td>", html, StringComparison.Ordinal);
        Assert.Contains("title=\"IV类，定类项目 氨氮（NH3-N）；样品 1 个；超标：氨氮（NH3-N） 0.4倍\">IV类</td>", html, StringComparison.Ordinal);
        Assert.Contains("title=\"IV类，定类项目 氨氮（NH3-N）；样品 2 个；超标：氨氮（NH3-N） 0.1倍\">IV类</td>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge red\">未达标</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge green\">达标</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bound_target_says_where_its_figure_comes_from_on_its_page_and_on_the_public_page()
    {
        using var leader = await web.SignedInAsync("leader");
        using var anonymous = web.Client();

        var target = System.Net.WebUtility.HtmlDecode(await leader.GetStringAsync("/targets/T1.1", Ct));
        var published = System.Net.WebUtility.HtmlDecode(await anonymous.GetStringAsync("/public", Ct));

        Assert.Contains("由监测数据计算：", target, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/monitoring/air?scope=%E5%9F%8E%E5%8C%BA&plan=", target, StringComparison.Ordinal);
        Assert.Contains("城区（2个站点）2022-01-01至2022-10-09：有效天数3天（共282天，无效279天，其中无数据278天），优良2天，超标1天", target, StringComparison.Ordinal);
        Assert.Contains("66.67人", published, StringComparison.Ordinal);
        Assert.Contains("由监测数据计算：城区（2个站点）", published, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_office_binds_a_target_from_its_page_with_the_form_token_and_it_is_audited()
    {
        using var office = await web.SignedInAsync("office");
        var token = await SignIn.FormTokenAsync(office, "/targets/T2.1");

        var forged = await office.PostAsync("/targets/T2.1?handler=Bind", Form(("indicator", "water.compliance-rate"), ("scope", "省考及以上")), Ct);
        var bound = await office.PostAsync("/targets/T2.1?handler=Bind", Form(("__af", token), ("indicator", "water.compliance-rate"), ("scope", "省考及以上")), Ct);
        var wrong = await office.PostAsync("/targets/T2.1?handler=Bind", Form(("__af", token), ("indicator", "water.compliance-rate"), ("scope", "长江")), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, bound.StatusCode);
        Assert.Equal("water.compliance-rate:省考及以上", Target(await web.Ledger.FindPlanAsync(web.PlanId, Ct), "T2.1")?.Binding?.ToString());
        var audit = (await web.Ledger.HistoryAsync("target", $"{web.PlanId}/T2.1", Ct))[0];
        Assert.Equal(("target.bind", "office"), (audit.Action, audit.Actor));
        Assert.Contains("T2.1：没有名为“长江”的断面或断面组", System.Net.WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);

        var back = await office.PostAsync("/targets/T2.1?handler=Bind", Form(("__af", token), ("indicator", "")), Ct);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Null(Target(await web.Ledger.FindPlanAsync(web.PlanId, Ct), "T2.1")!.Binding);
    }

    [Fact]
    public async Task A_leader_cannot_bind_and_a_data_feed_opens_no_page()
    {
        using var leader = await web.SignedInAsync("leader");
        var token = await SignIn.FormTokenAsync(leader, "/targets/T2.1");
        var refused = await leader.PostAsync("/targets/T2.1?handler=Bind", Form(("__af", token), ("indicator", "air.good-day-share"), ("scope", "城区")), Ct);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("/denied", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Null(Target(await web.Ledger.FindPlanAsync(web.PlanId, Ct), "T2.1")!.Binding);

        using var feed = await web.SignedInAsync("feed");
        foreach (var path in new[] { "/monitoring", "/monitoring/air", "/monitoring/water", "/targets/T1.1" })
        {
            var response = await feed.GetAsync(path, Ct);
            Assert.Contains("/denied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static Target? Target(Plan? plan, string code) => plan?.Tasks.SelectMany(t => t.Targets).FirstOrDefault(t => t.Code == code);
}
