using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Luoshi.Web.Tests.EndToEnd;

/// <summary>Screenshots of the main pages in artifacts/screenshots/ (git-ignored) for a person to look at after a
/// change to the pages — in Chinese, one in English and one on a phone — checking on the way what a screenshot alone
/// would not prove: the chart drew, the task's sentence is highlighted in the report's text.</summary>
public sealed class ScreenshotTests(WebLedger web, Chromium chromium) : IClassFixture<WebLedger>
{
    [Fact]
    public async Task The_main_pages_render_and_are_saved_as_screenshots()
    {
        await EarlierMonths.AddAsync(web);
        var folder = Folder();
        var page = await chromium.OpenAsync(web);

        await page.GotoAsync("/login");
        await ShootAsync(page, folder, "01-login");

        await Person.SignInAsync(page, "rsj");
        await page.GotoAsync("/workspace");
        await ShootAsync(page, folder, "02-workspace");
        var september = page.Locator("main table tr", new() { HasText = "2022-09" });
        await Person.ClickAndWaitAsync(september.GetByRole(AriaRole.Link, new() { Name = "填报" }));
        await page.Locator("input[name='v-T1.1']").FillAsync("520");
        await page.GetByLabel("进展情况").FillAsync("9月新增就业520人，举办招聘会2场，发放稳岗补贴。");
        await page.GetByLabel("存在问题").FillAsync("部分企业用工需求下降。");
        await ShootAsync(page, folder, "03-report-form");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "报送", Exact = true }));
        await Person.SignOutAsync(page);

        await Person.SignInAsync(page, "office");
        await ShootAsync(page, folder, "04-overview");
        await page.GotoAsync("/tasks");
        await ShootAsync(page, folder, "05-tasks");
        await page.GotoAsync("/tasks/T1");
        await Expect(page.Locator(".source mark")).ToHaveTextAsync("年内实现城镇新增就业6千人以上");
        await ShootAsync(page, folder, "06-task-detail");
        await page.GotoAsync("/targets/T1.1");
        // ECharts draws into an SVG: the axes and the four lines are paths.
        await Expect(page.Locator(".chart svg path").First).ToBeAttachedAsync();
        Assert.True(await page.Locator(".chart svg path").CountAsync() >= 4, "the target chart drew fewer than four paths");
        await ShootAsync(page, folder, "07-target-chart");
        await page.GotoAsync("/review");
        await Expect(page.Locator("main")).ToContainTextAsync("待审核 (1)");
        await ShootAsync(page, folder, "08-review");
        await Person.ClickAndWaitAsync(page.Locator("main table").First.GetByRole(AriaRole.Link, new() { NameRegex = new("^#[0-9]+$") }));
        await ShootAsync(page, folder, "09-report-review");
        await page.GotoAsync("/audit");
        await ShootAsync(page, folder, "10-audit");

        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Link, new() { Name = "English" }));
        await page.GotoAsync("/");
        await Expect(page.Locator("header nav")).ToContainTextAsync("Overview");
        await ShootAsync(page, folder, "11-overview-en");
        await page.GotoAsync("/targets/T1.1");
        await ShootAsync(page, folder, "12-target-chart-en");

        var anonymous = await chromium.OpenAsync(web);
        await anonymous.GotoAsync("/public");
        await Expect(anonymous.Locator("main")).ToContainTextAsync("城镇新增就业");
        await ShootAsync(anonymous, folder, "13-public");

        var phone = await chromium.OpenAsync(web, 390, 844);
        await Person.SignInAsync(phone, "office");
        await ShootAsync(phone, folder, "14-overview-phone");
        await phone.GotoAsync("/targets/T1.1");
        await ShootAsync(phone, folder, "15-target-chart-phone");
    }

    private static async Task ShootAsync(IPage page, string folder, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });

    // artifacts/screenshots of the clone the tests were built in (found by its solution file), else beside the tests.
    private static string Folder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Luoshi.slnx")))
        {
            dir = dir.Parent;
        }

        var folder = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
