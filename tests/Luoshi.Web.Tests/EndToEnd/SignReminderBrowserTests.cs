using Luoshi.Domain.Reminders;
using Luoshi.Reminders.Channels;
using Luoshi.Reminders.Configuration;
using Luoshi.Reminders.Sending;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Reminders;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Luoshi.Web.Tests.EndToEnd;

/// <summary>A 签收 reminder as the unit meets it: T1 assigned to 人社局 on Mon 10 Oct 2022 (3 working days to sign: Thu
/// 13 Oct), the run on the due day puts a 到期提醒 under 人社局's bell, and its link opens the task page where 签收 is
/// done. 教育局 has no such message.</summary>
public sealed class SignReminderBrowserTests(WebLedger web, Chromium chromium) : IClassFixture<WebLedger>
{
    private static readonly DateTimeOffset DueDay = new(2022, 10, 13, 9, 0, 0, TimeSpan.FromHours(8));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_unit_finds_the_sign_reminder_under_the_bell_and_follows_it_to_the_task()
    {
        await using (var desk = web.Ledger.ForActor("office", new FixedTime(new DateTimeOffset(2022, 10, 10, 10, 0, 0, TimeSpan.FromHours(8)))))
        {
            var assigned = await desk.Lifecycle.AssignAsync(web.PlanId, "T1", LifecycleActor.Office, Ct);
            Assert.True(assigned.Succeeded, assigned.Error?.ToString());
        }

        // The office words the 签收 reminders itself: a placeholder no reminder fills is refused beside the field, the
        // input kept; a good template is stored.
        var office = await chromium.OpenAsync(web);
        await Person.SignInAsync(office, "office");
        await office.GotoAsync("/reminders");
        await Person.ClickAndWaitAsync(office.Locator("#kinds").GetByRole(AriaRole.Link, new() { Name = "交办签收" }));
        await Expect(office.Locator("h2").First).ToHaveTextAsync("交办签收的提醒规则");
        await office.GetByLabel("消息标题模板（留空使用默认）").FillAsync("【{阶段}】{任务编号} 请签收交办任务");
        await office.GetByLabel("消息正文模板（留空使用默认）").FillAsync("{单位}：{任务编号}{提示}请联系{联系人}。\n办理：{链接}");
        await Person.ClickAndWaitAsync(office.GetByRole(AriaRole.Button, new() { Name = "保存规则" }));
        await Expect(office.Locator("#rules label", new() { HasText = "消息正文模板" })).ToContainTextAsync("模板中的占位符 {联系人} 不存在");
        await Expect(office.GetByLabel("消息正文模板（留空使用默认）")).ToHaveValueAsync("{单位}：{任务编号}{提示}请联系{联系人}。\n办理：{链接}");
        Assert.Null((await web.Ledger.Reminders.RulesAsync(Ct)).TemplateFor(DueKind.Sign));
        await office.GetByLabel("消息正文模板（留空使用默认）").FillAsync("{单位}：{任务编号}{提示}\n办理：{链接}");
        await Person.ClickAndWaitAsync(office.GetByRole(AriaRole.Button, new() { Name = "保存规则" }));
        await Expect(office.Locator("[role=status]")).ToHaveTextAsync("提醒规则已保存。");
        Assert.Equal("【{阶段}】{任务编号} 请签收交办任务", (await web.Ledger.Reminders.RulesAsync(Ct)).TemplateFor(DueKind.Sign)?.Title);

        var link = web.BaseAddress.ToString().TrimEnd('/');
        var options = new ReminderOptions { LinkBase = link, Attempts = 1 };
        var clock = new FixedTime(DueDay);
        using (var channels = new ChannelSet(options, clock))
        {
            var report = await new ReminderRun(web.Ledger, new ReminderSetup([new LifecycleDue()], link), options, channels, clock).RunAsync(DueDay, false, Ct);
            Assert.Equal([$"Inbox {TestPlan.Rsj} sent"], report.Deliveries.Select(d => $"{d.Channel} {d.Recipient} {d.State}"));
        }

        var rsj = await chromium.OpenAsync(web);
        await Person.SignInAsync(rsj, "rsj");
        await Expect(rsj.Locator("#bell")).ToHaveTextAsync("🔔 1");
        await Person.ClickAndWaitAsync(rsj.Locator("#bell"));
        await Person.ClickAndWaitAsync(rsj.Locator("#inbox tbody tr").GetByRole(AriaRole.Link, new() { Name = "【到期提醒】T1 请签收交办任务" }));
        await Expect(rsj.Locator("#message-body")).ToContainTextAsync($"{TestPlan.Rsj}：T1今天（2022年10月13日）到期，请于今日签收。");
        await Person.ClickAndWaitAsync(rsj.Locator("#open-link"));
        Assert.EndsWith($"/tasks/T1?plan={web.PlanId}", rsj.Url, StringComparison.Ordinal);
        await Expect(rsj.GetByRole(AriaRole.Button, new() { Name = "签收" })).ToBeVisibleAsync();

        var jyj = await chromium.OpenAsync(web);
        await Person.SignInAsync(jyj, "jyj");
        await Expect(jyj.Locator("#bell")).ToHaveTextAsync("🔔");
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
