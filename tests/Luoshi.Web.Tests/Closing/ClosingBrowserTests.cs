using Luoshi.Web.Tests.EndToEnd;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Luoshi.Web.Tests.Closing;

/// <summary>The year-end closing in a real browser on 2023-01-10: the office opens it; 人社局 accounts for T1 (新增就业
/// ≥ 6000人, public); the office returns it, the unit resubmits, the office confirms and later corrects it; the public
/// 承诺兑现 page shows the confirmed result. Each step is also tried by the wrong role, another unit or in the wrong
/// state, on the page and by hand-made posts, and refused in the catalogue's words with the kind's status.</summary>
/// <remarks>Worked by hand (default tolerances, docs/evaluation.md “Year-end closing”): 5600 of 6000 is
/// (6000 − 5600) ÷ 6000 = 6.67% short, within 10% for an amount, so T1.1 is 基本完成 and 完成 is refused.</remarks>
public sealed class ClosingBrowserTests(ClosingWebLedger web, Chromium chromium) : IClassFixture<ClosingWebLedger>
{
    [Fact]
    public async Task Unit_submits_office_returns_unit_resubmits_office_confirms_and_corrects_and_wrong_steps_are_refused()
    {
        var page = await chromium.OpenAsync(web);

        // The office opens the closing; a unit's post to the task before that is refused as the wrong state.
        await Person.SignInAsync(page, "office");
        await page.GotoAsync("/closing");
        await Expect(page.Locator("#closing-state")).ToHaveTextAsync("2022年度年底交账尚未开启");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "开启年底交账" }));
        await Expect(page.Locator("#closing-state")).ToContainTextAsync("2023-01-10 开启");
        await Expect(page.Locator("#accounts tr[data-task=T1] .state")).ToHaveTextAsync("未报送");
        // The office cannot submit for the unit.
        await page.GotoAsync("/closing/T1");
        await Expect(page.Locator("#submit-form")).ToHaveCountAsync(0);
        await PostStepAsync(page, "T1", "submit");
        await ExpectRefusedAsync(page, "只有牵头单位可以报送交账");
        await Person.SignOutAsync(page);

        // 教育局 has no part in T1: the page is refused, and so is a hand-made post.
        await Person.SignInAsync(page, "jyj");
        var other = await page.GotoAsync("/closing/T1");
        Assert.Equal(403, other!.Status);
        await Expect(page.Locator("p.error[role=alert]")).ToHaveTextAsync("该任务不由本单位牵头，不能报送交账");
        await page.GotoAsync("/closing/T2");
        await PostStepAsync(page, "T1", "submit");
        await Expect(page.Locator("p.error[role=alert]")).ToHaveTextAsync("该任务不由本单位牵头，不能报送交账");
        await Person.SignOutAsync(page);

        // 人社局 claims 完成 with 5600: refused (基本完成 by the rule); then 基本完成 needs its reason.
        await Person.SignInAsync(page, "rsj");
        await page.GotoAsync("/closing");
        await Person.ClickAndWaitAsync(page.Locator("#accounts").GetByRole(AriaRole.Link, new() { Name = "T1" }));
        var form = page.Locator("#submit-form");
        await form.Locator("input[name='final-T1.1']").FillAsync("5600");
        await form.Locator("select[name=result]").SelectOptionAsync("done");
        await form.Locator("textarea[name=summary]").FillAsync("全年城镇新增就业5600人。");
        await form.Locator("textarea[name=evidence]").FillAsync("就业登记台账 https://rsj.example.cn/2022/jobs.xlsx");
        await Person.ClickAndWaitAsync(form.GetByRole(AriaRole.Button, new() { Name = "报送交账" }));
        await ExpectRefusedAsync(page, "按目标最终值（T1.1 基本完成），该任务为“基本完成”，不能报“完成”");
        await Expect(page.Locator(".field-error[data-field=result]")).ToHaveTextAsync("按目标最终值（T1.1 基本完成），该任务为“基本完成”，不能报“完成”");
        await page.GotoAsync("/closing/T1");
        await form.Locator("input[name='final-T1.1']").FillAsync("5600");
        await form.Locator("select[name=result]").SelectOptionAsync("basically_done");
        await form.Locator("textarea[name=summary]").FillAsync("全年城镇新增就业5600人。");
        await Person.ClickAndWaitAsync(form.GetByRole(AriaRole.Button, new() { Name = "报送交账" }));
        await Expect(page.Locator(".field-error[data-field=reason]")).ToHaveTextAsync("请填写未完成原因");
        await page.GotoAsync("/closing/T1");
        await form.Locator("input[name='final-T1.1']").FillAsync("5600");
        await form.Locator("select[name=result]").SelectOptionAsync("basically_done");
        await form.Locator("textarea[name=summary]").FillAsync("全年城镇新增就业5600人。");
        await form.Locator("textarea[name=reason]").FillAsync("两场大型招聘会因疫情取消。");
        await form.Locator("textarea[name=evidence]").FillAsync("就业登记台账 https://rsj.example.cn/2022/jobs.xlsx");
        await Person.ClickAndWaitAsync(form.GetByRole(AriaRole.Button, new() { Name = "报送交账" }));
        await Expect(page.Locator("#done")).ToHaveTextAsync("已报送交账，并记入审计记录。");
        await Expect(page.Locator("#state")).ToHaveTextAsync("待审核");
        await Expect(page.Locator("#finals tr[data-target='T1.1']")).ToContainTextAsync("5600人");
        await Expect(page.Locator("#finals tr[data-target='T1.1']")).ToContainTextAsync("基本完成（差 6.67%）");
        // It cannot confirm its own account.
        await PostStepAsync(page, "T1", "confirm");
        await ExpectRefusedAsync(page, "只有督查室可以确认交账");
        await Person.SignOutAsync(page);

        // The leader reads only.
        await Person.SignInAsync(page, "leader");
        await page.GotoAsync("/closing/T1");
        await PostStepAsync(page, "T1", "confirm");
        await ExpectRefusedAsync(page, "领导账号只能查看，不能办理");
        await Person.SignOutAsync(page);

        // The office finds it in its queue and returns it (a reason is required).
        await Person.SignInAsync(page, "office");
        await page.GotoAsync("/closing");
        await Person.ClickAndWaitAsync(page.Locator("#queue a", new() { HasText = "T1" }));
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "退回交账" }));
        await Expect(page.Locator(".field-error[data-field=reason]")).ToHaveTextAsync("请填写退回原因");
        await page.Locator("#return-form input[name=reason]").FillAsync("请补充培训花名册");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "退回交账" }));
        await Expect(page.Locator("#state")).ToHaveTextAsync("已退回");
        await Person.SignOutAsync(page);

        // The unit resubmits with more evidence; the form keeps what it sent.
        await Person.SignInAsync(page, "rsj");
        await page.GotoAsync("/closing/T1");
        await Expect(page.Locator("#return-reason")).ToHaveTextAsync("请补充培训花名册");
        await Expect(form.Locator("input[name='final-T1.1']")).ToHaveValueAsync("5600");
        await form.Locator("textarea[name=evidence]").FillAsync("就业登记台账 https://rsj.example.cn/2022/jobs.xlsx\n培训花名册 https://rsj.example.cn/2022/roster.pdf");
        await Person.ClickAndWaitAsync(form.GetByRole(AriaRole.Button, new() { Name = "报送交账" }));
        await Expect(page.Locator("#state")).ToHaveTextAsync("待审核");
        await Expect(page.Locator("#evidence li")).ToHaveCountAsync(2);
        await Person.SignOutAsync(page);

        // The office confirms; the result is frozen.
        await Person.SignInAsync(page, "office");
        await page.GotoAsync("/closing/T1");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "确认交账" }));
        await Expect(page.Locator("#state")).ToHaveTextAsync("已确认");
        await Expect(page.Locator("#result")).ToHaveTextAsync("基本完成");
        await PostStepAsync(page, "T1", "return");
        await ExpectRefusedAsync(page, "交账结果已确认，不能修改；如需改变，请由督查室登记更正并说明原因");
        await Person.SignOutAsync(page);
        await Person.SignInAsync(page, "rsj");
        await page.GotoAsync("/closing/T1");
        await Expect(page.Locator("#submit-form")).ToHaveCountAsync(0);
        await PostStepAsync(page, "T1", "submit");
        await ExpectRefusedAsync(page, "交账结果已确认，不能修改；如需改变，请由督查室登记更正并说明原因");
        Assert.Equal(409, await StatusOfLastAsync(page));
        await Person.SignOutAsync(page);

        // The public page shows the confirmed result and why it fell short.
        var promise = page.Locator("#promises tr[data-target='T1.1']");
        await page.GotoAsync($"/public/promises?plan={web.PlanId}");
        await Expect(promise.Locator(".result")).ToContainTextAsync("基本完成");
        await Expect(promise.Locator(".result")).ToContainTextAsync("两场大型招聘会因疫情取消。");

        // A later finding: the office records a correction with its reason.
        await Person.SignInAsync(page, "office");
        await page.GotoAsync("/closing/T1");
        await page.Locator("#correct-form select[name=result]").SelectOptionAsync("not_done");
        await page.Locator("#correct-form input[name=reason]").FillAsync("统计局核定新增就业4900人");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "更正交账结果" }));
        await Expect(page.Locator("#result")).ToHaveTextAsync("未完成");
        await Expect(page.Locator("#corrections li")).ToHaveTextAsync("2023-01-10 office：基本完成 → 未完成（统计局核定新增就业4900人）");
        await page.GotoAsync("/closing");
        await Expect(page.Locator("#count-not")).ToHaveTextAsync("1");
        await Expect(page.Locator("#count-open")).ToHaveTextAsync("1");
        await page.GotoAsync($"/public/promises?plan={web.PlanId}");
        await Expect(promise.Locator(".result")).ToContainTextAsync("未完成");

        var trail = await web.Ledger.HistoryAsync("task", $"{web.PlanId}/T1", TestContext.Current.CancellationToken);
        Assert.Equal(["closing.submit", "closing.return", "closing.submit", "closing.confirm", "closing.correct"],
            trail.Where(a => a.Action.StartsWith("closing.", StringComparison.Ordinal)).Reverse().Select(a => a.Action));
    }

    private static async Task ExpectRefusedAsync(IPage page, string words) =>
        await Expect(page.Locator("#problems li")).ToHaveTextAsync(words);

    private static async Task<int> StatusOfLastAsync(IPage page) =>
        await page.EvaluateAsync<int>("() => performance.getEntriesByType('navigation')[0].responseStatus");

    /// <summary>Posts a step the page does not offer, as a hand-made request would: a form with the page's anti-forgery
    /// token, sent to the task's step handler. The server decides.</summary>
    private static async Task PostStepAsync(IPage page, string task, string step)
    {
        var token = await page.Locator("input[name=__af]").First.InputValueAsync();
        await page.EvaluateAsync(
            """
            ([action, step, token]) => {
                const form = document.createElement('form');
                form.method = 'post';
                form.action = action;
                form.id = 'hand-made';
                for (const [name, value] of [['step', step], ['__af', token], ['reason', 'x'], ['result', 'done'], ['summary', 'x']]) {
                    const input = document.createElement('input');
                    input.type = 'hidden'; input.name = name; input.value = value;
                    form.append(input);
                }
                const button = document.createElement('button');
                button.type = 'submit'; button.textContent = 'hand-made';
                form.append(button);
                document.querySelector('main').append(form);
            }
            """, new[] { $"/closing/{task}?handler=Step", step, token });
        await Person.ClickAndWaitAsync(page.Locator("#hand-made button"));
    }
}
