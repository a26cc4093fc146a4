using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Storage;
using Luoshi.Web.Tests.EndToEnd;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Luoshi.Web.Tests.Lifecycle;

/// <summary>A task without a number, T3 深化教育领域综合改革 (lead 教育局, supporting 人社局, deadline 2022-12-31), walked
/// through its supervision in a real browser on 2022-10-10 by the office and its units; each step is also tried by the
/// wrong role, the wrong unit or in the wrong stage, and refused on the page in the catalogue's words.</summary>
/// <remarks>Statuses worked out by hand (docs/evaluation.md, "Task status"; monthly reports due on the 28th, so periods
/// 1–9 are past due on 2022-10-10; January–August of T3 are in the ledger before the test):
/// <list type="bullet">
/// <item>Assigned, not signed: 未签收 (sign limit 3 working days: Tue 10-11, Wed 10-12, Thu 10-13).</item>
/// <item>Signed, September not reported: 未报送, 2022-10-10 − 2022-09-28 = 12 days; a notice 12 days behind is 黄色
/// (yellow from 10 days, red from 30), answered within 5 working days: 10-17.</item>
/// <item>September reported, milestones 1 (due 10-20) and 2 (due 12-20) approved, neither done: 达进度; as of 10-25
/// milestone 1 is 5 days late: 欠进度（5 天）.</item>
/// <item>Milestone 1 done on 10-10, before its due day: 超进度.</item>
/// <item>Extension to 2023-03-31 granted: 已延期, the original deadline shown beside.</item>
/// <item>Close requested: 已完成 (待复核); returned, requested again, approved: 已销号.</item>
/// </list></remarks>
public sealed class LifecycleBrowserTests(WebLedger web, Chromium chromium) : IClassFixture<WebLedger>
{
    private const string Task = "深化教育领域综合改革";

    [Fact]
    public async Task Office_and_units_walk_a_task_without_a_number_from_assignment_to_close_and_wrong_steps_are_refused()
    {
        await AddTaskWithoutNumberAsync();
        var page = await chromium.OpenAsync(web);

        // The office assigns T3 from its queue.
        await Person.SignInAsync(page, "office");
        await page.GotoAsync("/supervision");
        await Expect(page.Locator("#assignment-notices a")).ToHaveTextAsync([TestPlan.Rsj, TestPlan.Jyj]);
        var row = page.Locator("#to-assign tr", new() { HasText = "T3" });
        await Expect(row).ToContainTextAsync(TestPlan.Jyj);
        await Person.ClickAndWaitAsync(row.GetByRole(AriaRole.Button, new() { Name = "交办" }));
        await Expect(page.Locator("p[role=status]")).ToHaveTextAsync("已交办，并记入审计记录。");
        await ExpectStatusAsync(page, "未签收", "已交办待签收");
        await Expect(page.Locator("#lifecycle dl")).ToContainTextAsync("2022-10-13");
        await page.GotoAsync("/supervision");
        await Expect(page.Locator("#unsigned")).ToContainTextAsync("T3");
        // The office cannot sign for the unit.
        await PostStepAsync(page, "T3", "sign");
        await Expect(page.Locator("p.error[role=status]")).ToHaveTextAsync("只有牵头单位可以签收");
        await Person.SignOutAsync(page);

        // The supporting unit sees the task but signs nothing; the leader reads only.
        await Person.SignInAsync(page, "rsj");
        await page.GotoAsync("/tasks/T3");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "签收" })).ToHaveCountAsync(0);
        await PostStepAsync(page, "T3", "sign");
        await Expect(page.Locator("p.error[role=status]")).ToHaveTextAsync("配合单位不能签收，请由牵头单位办理");
        // Another unit's task is not its business: the error page names why.
        await page.GotoAsync("/tasks/T1");
        await PostStepAsync(page, "T2", "sign");
        await Expect(page.Locator("p.error[role=alert]")).ToHaveTextAsync("该任务不由本单位牵头，不能办理");
        await Person.SignOutAsync(page);
        await Person.SignInAsync(page, "leader");
        await page.GotoAsync("/tasks/T3");
        await PostStepAsync(page, "T3", "sign");
        await Expect(page.Locator("p.error[role=status]")).ToHaveTextAsync("领导账号只能查看，不能办理");
        await Person.SignOutAsync(page);

        // The lead unit finds it in its workspace and signs; signing again is the wrong stage.
        await Person.SignInAsync(page, "jyj");
        await page.GotoAsync("/workspace");
        var toSign = page.Locator("#supervision tr", new() { HasText = "T3" });
        await Expect(toSign).ToContainTextAsync("待签收");
        await Expect(toSign).ToContainTextAsync("2022-10-13");
        await Person.ClickAndWaitAsync(toSign.GetByRole(AriaRole.Link, new() { Name = "T3" }));
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "签收" }));
        await Expect(page.Locator("p[role=status]")).ToHaveTextAsync("已签收，并记入审计记录。");
        await ExpectStatusAsync(page, "未报送", "办理中");
        await PostStepAsync(page, "T3", "sign");
        await Expect(page.Locator("p.error[role=status]")).ToHaveTextAsync("任务当前为“办理中”，不能签收");
        // It proposes two milestones.
        var propose = page.Locator("#propose");
        await propose.Locator("input[name=m-title]").Nth(0).FillAsync("制定改革实施方案");
        await propose.Locator("input[name=m-due]").Nth(0).FillAsync("2022-10-20");
        await propose.Locator("input[name=m-evidence]").Nth(0).FillAsync("印发的实施方案");
        await propose.Locator("input[name=m-title]").Nth(1).FillAsync("完成改革试点评估");
        await propose.Locator("input[name=m-due]").Nth(1).FillAsync("2022-12-20");
        await propose.Locator("input[name=m-evidence]").Nth(1).FillAsync("评估报告");
        await Person.ClickAndWaitAsync(propose.GetByRole(AriaRole.Button, new() { Name = "提交节点计划" }));
        await Expect(page.Locator("#milestones tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#milestones tbody tr").First).ToContainTextAsync("待审定");
        await Person.SignOutAsync(page);

        // The office: September is missing, so a yellow notice goes to the unit and its leader.
        await Person.SignInAsync(page, "office");
        await page.GotoAsync("/supervision");
        await Expect(page.Locator("#milestones-proposed")).ToContainTextAsync("制定改革实施方案（2022-10-20）");
        await page.GotoAsync("/tasks/T3");
        await page.GetByLabel("单位负责人").FillAsync("王局长");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "下发督办单" }));
        var notice = page.Locator(".notice");
        await Expect(notice).ToHaveClassAsync("notice yellow");
        await Expect(notice).ToContainTextAsync("黄色督办");
        await Expect(notice).ToContainTextAsync("王局长");
        await Expect(notice).ToContainTextAsync("请于 2022-10-17 前回复。");
        await Expect(notice).ToContainTextAsync("尚未回复");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "审定节点计划" }));
        await Expect(page.Locator("#milestones tbody tr").First).ToContainTextAsync("已审定");
        await Person.SignOutAsync(page);

        // The unit answers the notice and reports September in words only (进展情况, 存在问题, 下一步措施).
        await Person.SignInAsync(page, "jyj");
        await page.GotoAsync("/workspace");
        await Expect(page.Locator("#supervision tr.error", new() { HasText = "T3" })).ToContainTextAsync("黄色督办单 督办〔2022〕1号 待回复");
        await page.GotoAsync("/tasks/T3");
        await page.GetByLabel("督办回复内容").FillAsync("已召开专题会议部署，9月进展已补报。");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "回复督办单" }));
        await Expect(page.Locator(".notice")).ToContainTextAsync("2022-10-10 回复：已召开专题会议部署，9月进展已补报。");
        await page.GotoAsync($"/reports/new?plan={web.PlanId}&task=T3&period=9");
        await page.GetByLabel("进展情况").FillAsync("印发改革工作要点，启动3个试点。");
        await page.GetByLabel("存在问题").FillAsync("试点学校经费尚未落实。");
        await page.GetByLabel("下一步措施").FillAsync("10月20日前印发实施方案。");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "报送", Exact = true }));
        await Expect(page.Locator("h1 .badge")).ToHaveTextAsync("已报送");
        await page.GotoAsync("/tasks/T3");
        await ExpectStatusAsync(page, "达进度", "办理中");
        await page.GotoAsync("/tasks/T3?asOf=2022-10-25");
        await ExpectStatusAsync(page, "欠进度（5 天）", "办理中");
        await Expect(page.Locator("#milestones tbody tr").First).ToContainTextAsync("逾期 5 天");

        // Milestone 1 done early; an extension asked for.
        await page.GotoAsync("/tasks/T3");
        await page.GetByLabel("完成佐证材料").FillAsync("教改〔2022〕8号");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "报告节点完成" }));
        await ExpectStatusAsync(page, "超进度", "办理中");
        await Expect(page.Locator("#milestones tbody tr").First).ToContainTextAsync("2022-10-10 完成");
        await page.GetByLabel("申请延至").FillAsync("2023-03-31");
        await page.GetByLabel("延期理由").FillAsync("试点评估需跨年度开展");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "申请延期" }));
        await Expect(page.Locator("#extensions")).ToContainTextAsync("待审批");
        await PostStepAsync(page, "T3", "grant-extension");
        await Expect(page.Locator("p.error[role=status]")).ToHaveTextAsync("只有督查室可以同意延期");
        await Person.SignOutAsync(page);

        // The office grants it; the original deadline stays beside the new one. A notice is refused: T3 is not lagging.
        await Person.SignInAsync(page, "office");
        await page.GotoAsync("/supervision");
        await Expect(page.Locator("#extensions-requested")).ToContainTextAsync("试点评估需跨年度开展");
        await Expect(page.Locator("#notices")).ToContainTextAsync("2022-10-10 已回复");
        await page.GotoAsync("/tasks/T3");
        await page.GetByLabel("审批意见").FillAsync("同意");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "同意延期", Exact = true }));
        await ExpectStatusAsync(page, "已延期", "办理中");
        await Expect(page.Locator("#deadline")).ToHaveTextAsync("2023-03-31（原时限 2022-12-31，已延期）");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "下发督办单" }));
        await Expect(page.Locator("p.error[role=status]")).ToContainTextAsync("已延期");
        await PostStepAsync(page, "T3", "approve-close");
        await Expect(page.Locator("p.error[role=status]")).ToHaveTextAsync("任务当前为“办理中”，不能复核销号");
        await Person.SignOutAsync(page);

        // The unit applies for 办结; the office returns it with a reason (a reason is required), then closes it.
        await Person.SignInAsync(page, "jyj");
        await page.GotoAsync("/workspace");
        await Expect(page.Locator("#supervision")).ToContainTextAsync("延期已同意：延至 2023-03-31（原时限 2022-12-31）");
        await Expect(page.Locator("#supervision")).Not.ToContainTextAsync("待回复");
        await page.GotoAsync("/tasks/T3");
        await page.GetByLabel("办结情况说明").FillAsync("实施方案已印发，试点评估完成。");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "申请办结" }));
        await ExpectStatusAsync(page, "已完成", "办结待复核");
        await Person.SignOutAsync(page);
        await Person.SignInAsync(page, "office");
        await page.GotoAsync("/supervision");
        await Expect(page.Locator("#close-requested")).ToContainTextAsync("T3");
        await page.GotoAsync("/tasks/T3");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "复核退回" }));
        await Expect(page.Locator("p.error[role=status]")).ToHaveTextAsync("请填写退回原因");
        await page.GetByLabel("办结申请退回原因").FillAsync("请补充试点评估报告");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "复核退回" }));
        await ExpectStatusAsync(page, "已延期", "办理中");
        await Person.SignOutAsync(page);
        await Person.SignInAsync(page, "jyj");
        await page.GotoAsync("/tasks/T3");
        await page.GetByLabel("办结情况说明").FillAsync("实施方案已印发，试点评估报告已补充。");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "申请办结" }));
        await Person.SignOutAsync(page);
        await Person.SignInAsync(page, "office");
        await page.GotoAsync("/tasks/T3");
        await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "复核销号" }));
        await ExpectStatusAsync(page, "已销号", "已销号");
        await Expect(page.Locator("#lifecycle dl")).ToContainTextAsync("2022-10-10 复核销号");
        await page.GotoAsync("/supervision");
        await Expect(page.Locator("#close-requested")).ToHaveCountAsync(0);
        await page.GotoAsync("/tasks");
        await Expect(page.Locator("tr", new() { HasText = "T3" }).Locator(".task-status")).ToHaveTextAsync("已销号");
        await Expect(page.Locator("tr", new() { HasText = "T2" }).Locator(".task-status")).ToHaveTextAsync("未报送");

        var trail = await web.Ledger.HistoryAsync("task", $"{web.PlanId}/T3", TestContext.Current.CancellationToken);
        Assert.Equal(
            ["lifecycle.assign", "lifecycle.sign", "lifecycle.propose-milestones", "lifecycle.issue-notice", "lifecycle.approve-milestones",
             "lifecycle.answer-notice", "lifecycle.complete-milestone", "lifecycle.request-extension", "lifecycle.grant-extension",
             "lifecycle.request-close", "lifecycle.return-close", "lifecycle.request-close", "lifecycle.approve-close"],
            trail.Where(a => a.Action.StartsWith("lifecycle.", StringComparison.Ordinal)).Reverse().Select(a => a.Action));
    }

    private static async Task ExpectStatusAsync(IPage page, string status, string stage)
    {
        await Expect(page.Locator("#lifecycle p.status .badge")).ToHaveTextAsync(status);
        await Expect(page.Locator("#stage")).ToHaveTextAsync(stage);
    }

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
                for (const [name, value] of [['step', step], ['__af', token]]) {
                    const input = document.createElement('input');
                    input.type = 'hidden'; input.name = name; input.value = value;
                    form.append(input);
                }
                const button = document.createElement('button');
                button.type = 'submit'; button.textContent = 'hand-made';
                form.append(button);
                document.querySelector('main').append(form);
            }
            """, new[] { $"/tasks/{task}?handler=Step", step, token });
        await Person.ClickAndWaitAsync(page.Locator("#hand-made button"));
    }

    // T3 joins the plan (replaced in place), and January to August of it are reported and approved.
    private async Task AddTaskWithoutNumberAsync()
    {
        var plan = TestPlan.Create();
        plan.SourceText = TestPlan.Text + "\n" + Task + "。";
        plan.SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plan.SourceText)));
        plan.Tasks.Add(new PlanTask
        {
            Code = "T3", SectionCode = "S1", Text = Task, Span = new SourceSpan(TestPlan.Text.Length + 1, Task.Length),
            LeadUnit = TestPlan.Jyj, SupportingUnits = [TestPlan.Rsj], Deadline = new DateOnly(2022, 12, 31), Targets = [],
        });
        var replaced = await web.Ledger.ImportPlanAsync(plan, replace: true);
        Assert.Equal(web.PlanId, replaced.PlanId);
        for (var period = 1; period <= 8; period++)
        {
            var draft = new ReportDraft(web.PlanId, "T3", period, TestPlan.Jyj, [], $"{period}月推进改革", "", "", []);
            var saved = await web.Ledger.SaveReportAsync(draft, null);
            var submitted = await web.Ledger.TransitionAsync(saved.Value!.Id, ReportAction.Submit, null, saved.Value.Version);
            Assert.True((await web.Ledger.TransitionAsync(submitted.Value!.Id, ReportAction.Approve, null, submitted.Value.Version)).Succeeded);
        }
    }
}
