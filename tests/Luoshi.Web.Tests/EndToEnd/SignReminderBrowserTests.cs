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
        await using (var office = web.Ledger.ForActor("office", new FixedTime(new DateTimeOffset(2022, 10, 10, 10, 0, 0, TimeSpan.FromHours(8)))))
        {
            var assigned = await office.Lifecycle.AssignAsync(web.PlanId, "T1", LifecycleActor.Office, Ct);
            Assert.True(assigned.Succeeded, assigned.Error?.ToString());
        }

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
        await Person.ClickAndWaitAsync(rsj.Locator("#inbox tbody tr").GetByRole(AriaRole.Link, new() { Name = "【到期提醒】T1 交办任务签收" }));
        await Expect(rsj.Locator("#message-body")).ToContainTextAsync("的交办任务签收今天（2022年10月13日）到期，请于今日签收。");
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
