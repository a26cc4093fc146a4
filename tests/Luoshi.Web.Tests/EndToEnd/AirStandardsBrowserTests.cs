using Luoshi.Domain.Plans;
using Luoshi.Web.Tests.Monitoring;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Luoshi.Web.Tests.EndToEnd;

/// <summary>The office in a browser: the AQI calendar's section shows both HJ 633 versions side by side, the office says
/// the plan's goals were written under HJ 633-2026 with the form, the page and the target's page then name it, and it
/// goes back to the default; a screenshot for a person to look at (artifacts/screenshots/20).</summary>
public sealed class AirStandardsBrowserTests(WebLedger web, Chromium chromium) : IClassFixture<WebLedger>
{
    [Fact]
    public async Task The_office_sets_the_version_of_the_goals_and_both_pages_say_so()
    {
        var ct = TestContext.Current.CancellationToken;
        await MonitoringFeed.AddAsync(web, withData: true);
        Assert.True((await web.Ledger.BindTargetAsync(web.PlanId, "T1.1", new IndicatorBinding("air.good-day-share", "城区"), ct)).Succeeded);
        var page = await chromium.OpenAsync(web);
        await Person.SignInAsync(page, "office");

        await page.GotoAsync("/monitoring/air?scope=" + Uri.EscapeDataString("城区"));
        // 2 of 3 valid days good by HJ 633-2012 (in force in 2022), 1 of 3 by HJ 633-2026 (MonitoringFeed's days).
        await Expect(page.Locator("table.compare tbody tr").Nth(2)).ToContainTextAsync("33.3%");
        await Expect(page.Locator("[data-goal-standard]")).ToContainTextAsync("HJ 633-2012");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder.Path(), "20-air-standards.png"), FullPage = true });

        var goals = page.Locator("form:has(select[name=version])");
        await goals.Locator("select[name=version]").SelectOptionAsync("2026");
        await Person.ClickAndWaitAsync(goals.GetByRole(AriaRole.Button, new() { Name = "保存" }));
        await Expect(page.Locator("p.ok")).ToContainTextAsync("已保存");
        await Expect(page.Locator("[data-goal-standard]")).ToContainTextAsync("HJ 633-2026（督查室设定）");

        await page.GotoAsync("/targets/T1.1");
        await Expect(page.Locator("main [data-goal-standard]")).ToContainTextAsync("目标依据 HJ 633-2026（督查室设定）");

        await page.GotoAsync("/monitoring/air?scope=" + Uri.EscapeDataString("城区"));
        await page.Locator("select[name=version]").SelectOptionAsync("default");
        await Person.ClickAndWaitAsync(page.Locator("form:has(select[name=version])").GetByRole(AriaRole.Button, new() { Name = "保存" }));
        await Expect(page.Locator("[data-goal-standard]")).ToContainTextAsync("HJ 633-2012（默认");
    }
}
