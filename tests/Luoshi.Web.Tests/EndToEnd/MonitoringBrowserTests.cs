using Luoshi.Domain.Plans;
using Luoshi.Web.Tests.Monitoring;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Luoshi.Web.Tests.EndToEnd;

/// <summary>The monitoring pages as a browser renders them: the office follows the navigation to the calendar, a
/// day's cell carries its HJ 633 colour, the bound target's chart draws from the data, the pages fit a phone; and
/// screenshots for a person to look at (artifacts/screenshots/16–19).</summary>
public sealed class MonitoringBrowserTests(WebLedger web, Chromium chromium) : IClassFixture<WebLedger>
{
    [Fact]
    public async Task The_calendar_and_section_table_render_coloured_and_fit_a_phone()
    {
        var ct = TestContext.Current.CancellationToken;
        await MonitoringFeed.AddAsync(web, withData: true);
        Assert.True((await web.Ledger.BindTargetAsync(web.PlanId, "T1.1", new IndicatorBinding("air.good-day-share", "城区"), ct)).Succeeded);
        var folder = ScreenshotFolder.Path();
        var page = await chromium.OpenAsync(web);
        await Person.SignInAsync(page, "office");

        await Person.ClickAndWaitAsync(page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "环境监测" }));
        await Person.ClickAndWaitAsync(page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "空气质量日历" }));
        await Expect(page.Locator("h1")).ToHaveTextAsync("空气质量日历 · 城区 · 2022年");
        // 2 January: city PM2.5 110 → AQI 144, 轻度污染, orange (255, 126, 0) by HJ 633-2012 Annex A.
        var second = page.Locator("table.aqi-calendar td[title^='2022-01-02']");
        await Expect(second).ToHaveTextAsync("144");
        Assert.Equal("rgb(255, 126, 0)", await second.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "16-air-calendar.png"), FullPage = true });

        await page.GotoAsync("/monitoring/water");
        await Expect(page.Locator("table.sections")).ToContainTextAsync("五马岗");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "17-water-sections.png"), FullPage = true });

        await page.GotoAsync("/targets/T1.1");
        await Expect(page.Locator("main")).ToContainTextAsync("由监测数据计算");
        await Expect(page.Locator(".chart svg path").First).ToBeAttachedAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "18-bound-target.png"), FullPage = true });

        var phone = await chromium.OpenAsync(web, 390, 844);
        await Person.SignInAsync(phone, "office");
        foreach (var path in new[] { "/monitoring", "/monitoring/air", "/monitoring/water" })
        {
            await phone.GotoAsync(path);
            var widths = await phone.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            Assert.True(widths[0] <= widths[1], $"{path} is {widths[0]} px wide on a {widths[1]} px phone screen");
        }

        await phone.ScreenshotAsync(new() { Path = Path.Combine(folder, "19-water-sections-phone.png"), FullPage = true });
    }
}
