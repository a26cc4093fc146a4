using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Luoshi.Web.Tests.EndToEnd;

/// <summary>A September report of T1 goes through its whole review in a real browser, each person signing in with the
/// form: the unit (rsj) submits it, the office returns it with a reason, the unit corrects and resubmits it, the office
/// approves it, and the target's status and figures change on the target page and the overview.</summary>
/// <remarks>Figures by hand (docs/evaluation.md), as of 2022-10-10 with reports due on the 28th: periods 1–9 are past
/// due (9 of m = 12); January to August were approved at 500 a month (<see cref="EarlierMonths"/>), 4000 in all. Expected
/// after 9 periods: 6000 × 9 / 12 = 4500.
/// <list type="bullet">
/// <item>September not reported yet: 未报送.</item>
/// <item>September submitted (300, not yet approved, so not counted): actual 4000, share 4000 / 4500 = 0.89, 滞后.</item>
/// <item>Returned: period 9 is overdue again, 未报送.</item>
/// <item>Resubmitted with 600 and approved: actual 500, 1000, … 4000 by the end of August, 4600 in September, share 1.02, 正常; projected 4600 × 12 / 9 = 6133.33; needed per
/// remaining period (6000 − 4600) / 3 = 466.67.</item>
/// </list></remarks>
public sealed class ReportRoundTripTests(WebLedger web, Chromium chromium) : IClassFixture<WebLedger>
{
    private const string Reason = "9月新增就业数与人社统计月报不一致，请核实后重报";

    [Fact]
    public async Task Unit_submits_office_returns_unit_resubmits_office_approves_and_the_target_turns_green()
    {
        await EarlierMonths.AddAsync(web);
        var page = await chromium.OpenAsync(web);

        await Person.SignInAsync(page, "office");
        await ExpectTargetAsync(page, "未报送");
        await Person.SignOutAsync(page);

        // The unit finds September in its to-do list and reports it.
        await Person.SignInAsync(page, "rsj");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Link, new() { Name = "本单位填报" }));
        var september = page.Locator("main table tr", new() { HasText = "2022-09" });
        await Expect(september).ToContainTextAsync("逾期未报");
        await Person.ClickAndWaitAsync(september.GetByRole(AriaRole.Link, new() { Name = "填报" }));
        await Expect(page.Locator("h1")).ToContainTextAsync("2022-09");
        await page.Locator("input[name='v-T1.1']").FillAsync("300");
        await page.GetByLabel("进展情况").FillAsync("9月新增就业300人，举办招聘会2场。");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "报送", Exact = true }));
        await Expect(page.Locator("h1 .badge")).ToHaveTextAsync("已报送");
        var reportPath = new Uri(page.Url).AbsolutePath;
        Assert.Matches("^/reports/[0-9]+$", reportPath);
        await Person.SignOutAsync(page);

        // The office finds it waiting for review and returns it with a reason.
        await Person.SignInAsync(page, "office");
        await ExpectTargetAsync(page, "滞后", actual: "4000");
        await page.GotoAsync("/review");
        var waiting = page.Locator("main table").First.Locator("tbody tr");
        await Expect(waiting).ToHaveCountAsync(1);
        await Expect(waiting).ToContainTextAsync("T1");
        await Expect(waiting).ToContainTextAsync(TestPlan.Rsj);
        await Expect(waiting).ToContainTextAsync("已报送");
        await Person.ClickAndWaitAsync(waiting.GetByRole(AriaRole.Link, new() { NameRegex = new("^#[0-9]+$") }));
        Assert.Equal(reportPath, new Uri(page.Url).AbsolutePath);
        await Expect(page.Locator("main")).ToContainTextAsync("9月新增就业300人");
        await page.GetByLabel("退回原因（必填）").FillAsync(Reason);
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "退回修改" }));
        await Expect(page.Locator("h1 .badge")).ToHaveTextAsync("已退回");
        await ExpectTargetAsync(page, "未报送");
        await Person.SignOutAsync(page);

        // The unit sees why, corrects the figure and resubmits.
        await Person.SignInAsync(page, "rsj");
        await page.GotoAsync("/workspace");
        var returned = page.Locator("main table tr", new() { HasText = "2022-09" }).First;
        await Expect(returned).ToContainTextAsync("已退回：" + Reason);
        await Person.ClickAndWaitAsync(returned.GetByRole(AriaRole.Link, new() { Name = "继续" }));
        await Expect(page.Locator("p.error")).ToHaveTextAsync("退回原因：" + Reason);
        await Expect(page.Locator("input[name='v-T1.1']")).ToHaveValueAsync("300");
        await page.Locator("input[name='v-T1.1']").FillAsync("600");
        await page.GetByLabel("进展情况").FillAsync("9月新增就业600人（已按统计月报核实），举办招聘会2场。");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "重新报送" }));
        await Expect(page.Locator("h1 .badge")).ToHaveTextAsync("重新报送");
        await Person.SignOutAsync(page);

        // The office approves; the target is on track with the corrected figure.
        await Person.SignInAsync(page, "office");
        await page.GotoAsync(reportPath);
        await Expect(page.Locator("main table").First).ToContainTextAsync("600");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "审核通过" }));
        await Expect(page.Locator("h1 .badge")).ToHaveTextAsync("已审核");
        await page.GotoAsync("/review");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("#" + reportPath["/reports/".Length..]);

        await ExpectTargetAsync(page, "正常", actual: "4600");
        var facts = page.Locator("dl.facts");
        await Expect(facts).ToContainTextAsync("应达（形象进度）4500");
        await Expect(facts).ToContainTextAsync("预计年底6133.33");
        await Expect(facts).ToContainTextAsync("此后每期需完成466.67");
        // Month by month, what the approved reports add up to by each due day (the chart's table).
        await Expect(page.Locator("main table").First.Locator("tr", new() { HasText = "实际" }).Locator("td"))
            .ToHaveTextAsync(["500", "1000", "1500", "2000", "2500", "3000", "3500", "4000", "4600", "", "", ""]);

        // Overview: T1.1 on track (green), T2.1 of the other unit still not reported (red).
        await page.GotoAsync("/");
        await Expect(page.Locator(".card.total b")).ToHaveTextAsync("2");
        await Expect(page.Locator(".card.green b")).ToHaveTextAsync("1");
        await Expect(page.Locator(".card.yellow b")).ToHaveTextAsync("0");
        await Expect(page.Locator(".card.red b")).ToHaveTextAsync("1");
        await page.GotoAsync("/tasks");
        // The task is on schedule (its one target on track, no milestones: 达进度); its target reads 正常.
        var row = page.Locator("main table tr", new() { HasText = "城镇新增就业" });
        await Expect(row.Locator(".task-status .badge")).ToHaveTextAsync("达进度");
        await Expect(row.Locator("td:last-child .badge")).ToHaveTextAsync("正常");
    }

    private static async Task ExpectTargetAsync(IPage page, string status, string? actual = null)
    {
        await page.GotoAsync("/targets/T1.1");
        await Expect(page.Locator("h1 .badge")).ToHaveTextAsync(status);
        if (actual is not null)
        {
            await Expect(page.Locator("dl.facts")).ToContainTextAsync("实际" + actual);
        }
    }
}
