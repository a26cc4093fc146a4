using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Luoshi.Web.Tests.EndToEnd;

/// <summary>The language switch and the phone-sized layout, as a browser renders them.</summary>
public sealed class LayoutTests(WebLedger web, Chromium chromium) : IClassFixture<WebLedger>
{
    [Fact]
    public async Task The_language_switch_turns_the_overview_into_English_and_back()
    {
        var page = await chromium.OpenAsync(web);
        await Person.SignInAsync(page, "office");
        await Expect(page.Locator("h1")).ToHaveTextAsync("测试市 2022年政府工作报告任务落实总览");

        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Link, new() { Name = "English" }));
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        await Expect(page.Locator("header nav")).ToContainTextAsync("Overview");
        await Expect(page.Locator("h1")).ToHaveTextAsync("测试市 2022 work report: overview");
        await Expect(page).ToHaveTitleAsync("Overview · Luoshi");

        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Link, new() { Name = "中文" }));
        await Expect(page.Locator("header nav")).ToContainTextAsync("总览");
    }

    [Fact]
    public async Task On_a_phone_the_pages_do_not_scroll_sideways()
    {
        var page = await chromium.OpenAsync(web, 390, 844);
        await Person.SignInAsync(page, "office");
        foreach (var path in new[] { "/", "/tasks", "/tasks/T1", "/targets/T1.1", "/review", "/audit", "/public" })
        {
            await page.GotoAsync(path);
            var (scrollWidth, viewport) = await WidthsAsync(page);
            Assert.True(scrollWidth <= viewport, $"{path} is {scrollWidth} px wide on a {viewport} px phone screen");
        }

        await page.GotoAsync("/");
        await Expect(page.Locator(".card.total b")).ToHaveTextAsync("2");
    }

    private static async Task<(int ScrollWidth, int Viewport)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        return (widths[0], widths[1]);
    }
}
