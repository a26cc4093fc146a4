using Luoshi.Storage;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Luoshi.Web.Tests.EndToEnd;

/// <summary>Issue 15, item 4, in a real browser: T1 is led by 人社局 (rsj) and supported by 教育局 (jyj). jyj finds T1
/// under 配合任务 on its workspace and writes its contribution for the current period (2022-10 as of 2022-10-10);
/// the report form of T1 sends it back to its contribution, and rsj, sent from the contribution page to the report
/// form, still reports the same period and reads jyj's contribution on its report, as the office does.</summary>
public sealed class ContributionBrowserTests(WebLedger web, Chromium chromium) : IClassFixture<WebLedger>
{
    private const string Said = "协调学校开放场地举办校园招聘会2场";

    [Fact]
    public async Task Supporting_unit_contributes_and_the_lead_unit_still_reports_and_reads_it()
    {
        Assert.True((await web.Ledger.AssignAsync(web.PlanId, "T1", new Assignment(null, [TestPlan.Jyj], null, null), TestContext.Current.CancellationToken)).Succeeded);
        var page = await chromium.OpenAsync(web);

        await Person.SignInAsync(page, "jyj");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Link, new() { Name = "本单位填报" }));
        var supported = page.Locator("main table tr", new() { HasText = TestPlan.Rsj });
        await Expect(supported).ToContainTextAsync("未填报");
        await Person.ClickAndWaitAsync(supported.GetByRole(AriaRole.Link, new() { Name = "填写" }));
        await Expect(page.Locator("h1")).ToContainTextAsync("配合单位进展：T1 · 2022-10");
        await page.GetByLabel("进展情况").FillAsync(Said);
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "保存" }));
        await Expect(page.Locator("main [role='status']")).ToHaveTextAsync("配合单位进展已保存，牵头单位和督查室可以看到。");

        // The report form of a task it only supports takes it to its contribution, already filled.
        await page.GotoAsync($"/reports/new?plan={web.PlanId}&task=T1&period=10");
        await Expect(page.Locator("h1")).ToContainTextAsync("配合单位进展");
        await Expect(page.GetByLabel("进展情况")).ToHaveValueAsync(Said);
        await page.GotoAsync("/workspace");
        await Expect(page.Locator("main table tr", new() { HasText = TestPlan.Rsj })).ToContainTextAsync("已填报");
        await Person.SignOutAsync(page);

        // The lead unit is sent from the contribution page to its report form, and its report is not blocked.
        await Person.SignInAsync(page, "rsj");
        await page.GotoAsync($"/contributions?plan={web.PlanId}&task=T1&period=10");
        await Expect(page.Locator("h1")).ToContainTextAsync("填报进展：T1 · 2022-10");
        await page.Locator("input[name='v-T1.1']").FillAsync("450");
        await page.GetByLabel("进展情况").FillAsync("10月新增就业450人");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }));
        Assert.Matches("^/reports/[0-9]+$", new Uri(page.Url).AbsolutePath);
        var reportPath = new Uri(page.Url).AbsolutePath;
        var contribution = page.Locator("section.contribution");
        await Expect(contribution).ToContainTextAsync(TestPlan.Jyj);
        await Expect(contribution).ToContainTextAsync(Said);
        await Person.SignOutAsync(page);

        await Person.SignInAsync(page, "office");
        await page.GotoAsync(reportPath);
        await Expect(page.Locator("section.contribution")).ToContainTextAsync(Said);
    }
}
