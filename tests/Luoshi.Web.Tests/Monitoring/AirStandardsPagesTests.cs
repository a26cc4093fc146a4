using System.Net;
using Luoshi.Domain.Plans;
using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Annual;

namespace Luoshi.Web.Tests.Monitoring;

/// <summary>
/// The AQI calendar's section on both HJ 633 versions and GB 3095 attainment, its two office forms, and a bound target's
/// page, over the data of MonitoringFeed (2022; as of 2022-10-10). City days: 1 Jan PM2.5 30 → 43 by either version;
/// 2 Jan 110 → 144 by HJ 633-2012, 100 + 50/55 × 50 = 145.5 → 146 by HJ 633-2026; 5 Jan 75 → 100 (2012, good), 100 +
/// 50/55 × 15 = 113.6 → 114 (2026, polluted). So 2 of 3 valid days are good by 2012 (the rules in force) and 1 of 3 by 2026.
/// </summary>
public sealed class AirStandardsPagesTests(WebLedger web) : IClassFixture<WebLedger>, IAsyncLifetime
{
    private static readonly string Calendar = "/monitoring/air?scope=" + Uri.EscapeDataString("城区");

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
    public async Task The_calendar_shows_both_versions_side_by_side_and_the_annual_statistics()
    {
        using var leader = await web.SignedInAsync("leader");

        var html = WebUtility.HtmlDecode(await leader.GetStringAsync(Calendar, Ct));

        Assert.Contains("<tr><th>逐日按当日有效标准（正式结果）</th><td class=\"num\">2</td><td class=\"num\">3</td><td class=\"num\">66.7%</td><td class=\"num\">0</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>全部按 HJ 633-2012</th><td class=\"num\">2</td><td class=\"num\">3</td><td class=\"num\">66.7%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>全部按 HJ 633-2026</th><td class=\"num\">1</td><td class=\"num\">3</td><td class=\"num\">33.3%</td>", html, StringComparison.Ordinal);
        // A 2022 plan's goals were written under HJ 633-2012 by default.
        Assert.Contains("data-goal-standard=\"HJ 633-2012\"", html, StringComparison.Ordinal);
        Assert.Contains("（默认：计划年度1月1日有效的版本）", html, StringComparison.Ordinal);
        // PM2.5 city values 30, 110, 75 (3 Jan has no valid PM2.5): mean 71.7 → 72 against GB 3095-2012 class 2, 35.
        Assert.Contains("<td class=\"num\">72 µg/m³</td>\n            <td class=\"num\">35</td>\n            <td>超标</td>", html.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        // SO2 5/60 + NO2 10/40 + PM10 20/70 + CO 0.5/4 + O3 50/160 + PM2.5 72/35 = 3.1137 → 3.11.
        Assert.Contains("data-composite-index=\"3.11\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Goals", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_office_says_which_version_the_goals_follow_with_the_form_token_and_it_is_audited()
    {
        using var office = await web.SignedInAsync("office");
        var token = await SignIn.FormTokenAsync(office, Calendar);
        var post = $"/monitoring/air?handler=Goals&scope={Uri.EscapeDataString("城区")}&plan={web.PlanId}";

        try
        {
            var forged = await office.PostAsync(post, Form(("version", "2026")), Ct);
            var wrong = await office.PostAsync(post, Form(("__af", token), ("version", "2030")), Ct);
            var saved = await office.PostAsync(post, Form(("__af", token), ("version", "2026")), Ct);

            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
            Assert.Contains("请选择 HJ 633-2012、HJ 633-2026 或默认。", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var page = WebUtility.HtmlDecode(await office.GetStringAsync(Calendar, Ct));
            Assert.Contains("data-goal-standard=\"HJ 633-2026\"", page, StringComparison.Ordinal);
            Assert.Contains("<b>HJ 633-2026</b>（督查室设定） · 按该版计算的优良率 <b>33.3%</b>", page, StringComparison.Ordinal);
            var audit = (await web.Ledger.HistoryAsync("air-goal-standard", web.PlanId.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct))[0];
            Assert.Equal(("air.goal-standard", "office"), (audit.Action, audit.Actor));
        }
        finally
        {
            Assert.Equal(HttpStatusCode.Redirect, (await office.PostAsync(post, Form(("__af", token), ("version", "default")), Ct)).StatusCode);
        }
    }

    [Fact]
    public async Task The_office_sets_the_area_class_and_the_limits_follow()
    {
        using var office = await web.SignedInAsync("office");
        var token = await SignIn.FormTokenAsync(office, Calendar);

        try
        {
            var saved = await office.PostAsync("/monitoring/air?handler=AreaClass", Form(("__af", token), ("scope", "城区"), ("areaClass", "1")), Ct);
            var unknown = await office.PostAsync("/monitoring/air?handler=AreaClass", Form(("__af", token), ("scope", "郊区"), ("areaClass", "1")), Ct);

            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var comparison = (await web.Ledger.ReadAirComparisonAsync("城区", 2022, WebLedger.AsOf, null, Ct)).Value!;
            // Class 1, GB 3095-2012: PM2.5 annual 15.
            Assert.Equal((AreaClass.One, 15m), (comparison.AreaClass, comparison.Annual.Single(f => f.Statistic == AnnualStatistic.Pm25AnnualMean).Limit));
            Assert.Contains("没有名为“郊区”的站点或站点组", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        }
        finally
        {
            Assert.True((await web.Ledger.SetAirAreaClassAsync("城区", AreaClass.Two, Ct)).Succeeded);
        }
    }

    [Fact]
    public async Task A_leader_cannot_change_the_air_settings()
    {
        using var leader = await web.SignedInAsync("leader");
        var token = await SignIn.FormTokenAsync(leader, "/targets/T2.1");

        var goals = await leader.PostAsync($"/monitoring/air?handler=Goals&plan={web.PlanId}", Form(("__af", token), ("scope", "城区"), ("version", "2026")), Ct);
        var area = await leader.PostAsync("/monitoring/air?handler=AreaClass", Form(("__af", token), ("scope", "城区"), ("areaClass", "1")), Ct);

        Assert.Contains("/denied", goals.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/denied", area.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var comparison = (await web.Ledger.ReadAirComparisonAsync("城区", 2022, WebLedger.AsOf, web.PlanId, Ct)).Value!;
        Assert.Equal((false, AreaClass.Two), (comparison.GoalStandardSet, comparison.AreaClass));
    }

    [Fact]
    public async Task A_bound_target_says_which_version_its_goal_follows_and_shows_the_other()
    {
        using var leader = await web.SignedInAsync("leader");

        var html = WebUtility.HtmlDecode(await leader.GetStringAsync("/targets/T1.1", Ct));

        Assert.Contains("目标依据 <b>HJ 633-2012</b>（默认）", html, StringComparison.Ordinal);
        Assert.Contains("同一数据按 HJ 633-2012 <b>66.7%</b>", html, StringComparison.Ordinal);
        Assert.Contains("按 HJ 633-2026 <b>33.3%</b>", html, StringComparison.Ordinal);
        Assert.Contains("逐日按当日有效标准（正式结果） <b>66.7%</b>", html, StringComparison.Ordinal);
        Assert.Equal(AirStandard.Hj633Of2012, AirStandards.InForceAtStartOf(2022));
    }

    [Fact]
    public async Task An_incomplete_2026_day_says_its_aqi_is_withheld_or_published()
    {
        // 5 March 2026, station A only, PM2.5 in 19 hours (invalid): the rest give PM10 20 → 20, so the AQI is NA.
        // 6 March: also PM10 200 → 100 + 50/130 × 80 = 130.8 → 131 > 100, published though PM2.5 is missing.
        var rows = new System.Text.StringBuilder("station,time,pm25,pm10,so2,no2,co,o3\n");
        foreach (var (day, pm10) in new[] { (5, 20), (6, 200) })
        {
            for (var h = 0; h < 24; h++)
            {
                rows.Append(System.Globalization.CultureInfo.InvariantCulture, $"A,2026-03-{day:00} {h:00}:00,{(h < 19 ? "30" : "NA")},{pm10},5,10,0.5,50\n");
            }
        }

        var file = Path.Combine(Path.GetTempPath(), $"luoshi-2026-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, rows.ToString(), Ct);
        Assert.True((await web.Ledger.IngestAirAsync(file, Ct)).Succeeded);
        File.Delete(file);
        using var leader = await web.SignedInAsync("leader");

        var html = WebUtility.HtmlDecode(await leader.GetStringAsync(Calendar + "&year=2026&asOf=2026-03-10", Ct));

        Assert.Contains("title=\"2026-03-05：无效天，PM2.5有效数据不足（GB 3095-2026 表4）；AQI NA（HJ 633-2026 第5.3.1条：缺项时AQI大于100方发布）\"", html, StringComparison.Ordinal);
        Assert.Contains("title=\"2026-03-06：无效天，PM2.5有效数据不足（GB 3095-2026 表4）；AQI 131（HJ 633-2026 第5.3.1条", html, StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
}
