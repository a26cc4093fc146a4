using Luoshi.Web.Tests.EndToEnd;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Luoshi.Web.Tests.Years;

/// <summary>Promises across years in a real browser on 2023-01-20 (<see cref="YearsWebLedger"/>): the office carries
/// 2022's 未完成 T2 into 2023 (ticked by default; 基本完成 T1 is not), confirms the rule's match of 2023 T1.1 to 2022
/// T1.1 and is refused a second match to the same earlier target; the target page shows both years (2022: ≥ 6000人,
/// 5600人, 基本完成; 2023: ≥ 6500人, not closed); the carried task shows where it came from to its lead unit and is
/// refused to another unit; a leader reads and is refused the office's step; a visitor is sent to sign in.</summary>
public sealed class YearsBrowserTests(YearsWebLedger web, Chromium chromium) : IClassFixture<YearsWebLedger>
{
    [Fact]
    public async Task Office_carries_over_and_confirms_matches_target_shows_both_years_and_others_are_refused()
    {
        var page = await chromium.OpenAsync(web);
        var p2022 = web.PlanId;
        var p2023 = web.Plan2023;

        // A visitor is sent to sign in.
        await page.GotoAsync($"/years?plan={p2022}");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);

        // The office: 未完成 T2 ticked, 基本完成 T1 not; carrying gives 2023 JZ1.
        await Person.SignInAsync(page, "office");
        await page.GotoAsync($"/years?plan={p2022}");
        await Expect(page.Locator("#carry tr[data-task=T1] input[name=tasks]")).Not.ToBeCheckedAsync();
        await Expect(page.Locator("#carry tr[data-task=T2] input[name=tasks]")).ToBeCheckedAsync();
        await Person.ClickAndWaitAsync(page.Locator("#carry-submit"));
        await Expect(page.Locator("p.ok[role=status]")).ToHaveTextAsync("已结转：JZ1，并记入审计记录。");
        await Expect(page.Locator("#carry tr[data-task=T2] .carried-to")).ToHaveTextAsync("2023 JZ1");
        await Expect(page.Locator("#carry tr[data-task=T2] input[name=tasks]")).ToHaveCountAsync(0);

        // 2023: T1.1 suggested by the same subject, JZ1.1 matched to its original by the carrying.
        await page.GotoAsync($"/years?plan={p2023}");
        var t11 = page.Locator("#matches tr[data-target='T1.1']");
        await Expect(t11).ToContainTextAsync("2022 T1.1 城镇新增就业");
        await Expect(t11.Locator(".state")).ToHaveTextAsync("待确认");
        await Expect(page.Locator("#matches tr[data-target='JZ1.1']")).ToContainTextAsync("结转任务");
        await Person.ClickAndWaitAsync(t11.GetByRole(AriaRole.Button, new() { Name = "确认" }));
        await Expect(t11.Locator(".state")).ToHaveTextAsync("已确认");
        var t21 = page.Locator("#matches tr[data-target='T2.1']");
        await t21.Locator("input[name=earlier]").FillAsync("T1.1");
        await Person.ClickAndWaitAsync(t21.GetByRole(AriaRole.Button, new() { Name = "确认" }));
        await Expect(page.Locator("#problems li")).ToHaveTextAsync("上年目标 T1.1 已对应本年目标 T1.1");
        Assert.Equal(409, await StatusOfLastAsync(page));

        // The target page: goal and result per year.
        await page.GotoAsync($"/targets/T1.1?plan={p2023}");
        await Expect(page.Locator("#series tr[data-year='2022']")).ToContainTextAsync("≥ 6000人");
        await Expect(page.Locator("#series tr[data-year='2022']")).ToContainTextAsync("5600人");
        await Expect(page.Locator("#series tr[data-year='2022']")).ToContainTextAsync("基本完成");
        await Expect(page.Locator("#series tr[data-year='2023']")).ToContainTextAsync("≥ 6500人");
        await Expect(page.Locator("#series tr[data-year='2023']")).ToContainTextAsync("尚未交账");
        await page.GotoAsync($"/tasks?plan={p2023}");
        await Expect(page.Locator("tr[data-task=JZ1]")).ToContainTextAsync("2022年结转");
        await Person.SignOutAsync(page);

        // 教育局 leads the carried task and sees where it came from; 人社局 has no part in it.
        await Person.SignInAsync(page, "jyj");
        await page.GotoAsync($"/tasks/JZ1?plan={p2023}");
        await Expect(page.Locator("#carried-from")).ToHaveTextAsync("结转自2022年度任务 T2（未完成：竣工验收推迟）");
        await Person.SignOutAsync(page);
        await Person.SignInAsync(page, "rsj");
        Assert.Equal(403, (await page.GotoAsync($"/tasks/JZ1?plan={p2023}"))!.Status);
        Assert.Equal(403, (await page.GotoAsync($"/years?plan={p2022}"))!.Status);
        await Person.SignOutAsync(page);

        // The leader reads the page without its forms, and a hand-made post is refused by the ledger.
        await Person.SignInAsync(page, "leader");
        await page.GotoAsync($"/years?plan={p2023}");
        await Expect(page.Locator("#matches tr[data-target='T1.1'] .state")).ToHaveTextAsync("已确认");
        await Expect(page.Locator("#matches form")).ToHaveCountAsync(0);
        await PostAsync(page, $"/years?plan={p2023}&handler=Match", "T2.1");
        await Expect(page.Locator("#problems li")).ToHaveTextAsync("领导账号只能查看，不能办理");
        Assert.Equal(403, await StatusOfLastAsync(page));

        var trail = await web.Ledger.HistoryAsync("task", $"{p2023}/JZ1", TestContext.Current.CancellationToken);
        Assert.Equal("years.carry", trail[0].Action);
    }

    private static async Task<int> StatusOfLastAsync(IPage page) =>
        await page.EvaluateAsync<int>("() => performance.getEntriesByType('navigation')[0].responseStatus");

    /// <summary>Posts the office's match step as a hand-made request would, with the page's anti-forgery token.</summary>
    private static async Task PostAsync(IPage page, string action, string target)
    {
        var token = await page.Locator("input[name=__af]").First.InputValueAsync();
        await page.EvaluateAsync(
            """
            ([action, target, token]) => {
                const form = document.createElement('form');
                form.method = 'post';
                form.action = action;
                form.id = 'hand-made';
                for (const [name, value] of [['target', target], ['__af', token], ['earlier', 'T1.1']]) {
                    const input = document.createElement('input');
                    input.type = 'hidden'; input.name = name; input.value = value;
                    form.append(input);
                }
                const button = document.createElement('button');
                button.type = 'submit'; button.textContent = 'hand-made';
                form.append(button);
                document.querySelector('main').append(form);
            }
            """, new[] { action, target, token });
        await Person.ClickAndWaitAsync(page.Locator("#hand-made button"));
    }
}
