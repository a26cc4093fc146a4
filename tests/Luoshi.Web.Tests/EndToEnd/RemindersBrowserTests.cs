using System.Text;
using Luoshi.Domain.Reminders;
using Luoshi.Reminders.Channels;
using Luoshi.Reminders.Configuration;
using Luoshi.Reminders.Sending;
using Luoshi.Reminders.Tests.Receivers;
using Luoshi.Storage.Reminders;
using Luoshi.Storage.Villages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Luoshi.Web.Tests.EndToEnd;

/// <summary>Reminders as people meet them in the browser: the office sets the rule, the clock moves to Friday
/// 28 October 2022 (the October reports' due day), a run sends; 人社局's reporter finds the reminder under the bell and
/// opens it (已读), the test SMTP server holds the e-mail with the link to the exact page, and the office's delivery
/// log lists what was sent and the one that failed. A unit reporter may not see the office's page, a leader reads it
/// but may not change the rules, another unit cannot open the message.</summary>
public sealed class RemindersBrowserTests(WebLedger web, Chromium chromium) : IClassFixture<WebLedger>
{
    private static readonly DateTimeOffset DueDay = new(2022, 10, 28, 9, 0, 0, TimeSpan.FromHours(8));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_office_sets_a_rule_and_the_unit_reads_the_reminder_by_bell_and_mail()
    {
        // 人社局's contact: e-mail, and a DingTalk robot this deployment has not set up (the one failed delivery).
        var contacts = "unit,name,role,email,mobile,dingtalk,wecom,feishu,sms\n" + $"{TestPlan.Rsj},张联络,联络员,zhang@rsj.example.gov.cn,,rsj-ding,,,\n";
        Assert.True((await web.Ledger.Reminders.ImportContactsAsync(new VillageFile("contacts.csv", Encoding.UTF8.GetBytes(contacts)), Ct)).Succeeded);
        await using var mail = MailReceiver.Start();

        var office = await chromium.OpenAsync(web);
        await Person.SignInAsync(office, "office");
        await Person.ClickAndWaitAsync(office.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "催办提醒" }));
        await Expect(office.Locator("h1")).ToHaveTextAsync("催办提醒");

        // A second escalation before the first is refused beside the form, and nothing is stored.
        await office.GetByLabel("逾期多少工作日督办单位负责人").FillAsync("5");
        await office.GetByLabel("逾期多少工作日督办分管领导").FillAsync("3");
        await Person.ClickAndWaitAsync(office.GetByRole(AriaRole.Button, new() { Name = "保存规则" }));
        await Expect(office.Locator("main")).ToContainTextAsync("再次督办的天数（3）应大于首次督办的天数（5）");
        Assert.Equal(ReminderRules.Default.For(DueKind.Report), (await web.Ledger.Reminders.RulesAsync(Ct)).For(DueKind.Report));

        // Remind 2 working days before and on the day; no chasing of the months already overdue, no escalation.
        await office.GetByLabel("到期前提醒（工作日）").FillAsync("2");
        await office.GetByLabel("逾期后每隔（工作日）催办").FillAsync("");
        await office.GetByLabel("逾期多少工作日督办单位负责人").FillAsync("");
        await office.GetByLabel("逾期多少工作日督办分管领导").FillAsync("");
        await Person.ClickAndWaitAsync(office.GetByRole(AriaRole.Button, new() { Name = "保存规则" }));
        await Expect(office.Locator("[role=status]")).ToHaveTextAsync("提醒规则已保存。");
        var stored = await web.Ledger.Reminders.RulesAsync(Ct);
        Assert.Equal(new ReminderRule(DueKind.Report, 2, true, null, null, null), stored.For(DueKind.Report));
        Assert.Contains(await web.Ledger.AuditAsync(10, "reminder", Ct), a => a.Actor == "office");

        // Holidays are the one calendar's: from the rules page to 工作日历, where a wrong file is refused whole with each
        // wrong line and field, and the office's 2022 file (the notice with a local day off, Wed 26 Oct) is stored.
        await Person.ClickAndWaitAsync(office.Locator("main").GetByRole(AriaRole.Link, new() { Name = "工作日历" }));
        await Expect(office.Locator("h1")).ToHaveTextAsync("工作日历");
        await Expect(office.Locator("#year-2022")).ToContainTextAsync("随系统发布");
        await office.Locator("#import input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "2022.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("年份 2022\n放假 2022-10-26 2022-1O-26 本地\n上班 2022-10-27 周四\n"),
        });
        await Person.ClickAndWaitAsync(office.GetByRole(AriaRole.Button, new() { Name = "导入" }));
        await Expect(office.Locator("main")).ToContainTextAsync("2022.txt，第 2 行，截止日 字段：“2022-1O-26”不是日期（应为 YYYY-MM-DD）");
        await Expect(office.Locator("main")).ToContainTextAsync("2022.txt，第 3 行，日期 字段：2022-10-27 不是周末，调休上班日应为周六或周日");
        Assert.True((await web.Ledger.Calendar.WorkingDaysAsync(Ct)).IsWorkingDay(new DateOnly(2022, 10, 26)));
        var notice = (await web.Ledger.Calendar.ExportAsync(2022, Ct)).Value!;
        await office.Locator("#import input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "2022.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(notice + "放假 2022-10-26 本地调整\n"),
        });
        await Person.ClickAndWaitAsync(office.GetByRole(AriaRole.Button, new() { Name = "导入" }));
        await Expect(office.Locator("[role=status]")).ToHaveTextAsync("已导入 2022 年的节假日安排。");
        await Expect(office.Locator("#year-2022")).ToContainTextAsync("督查室导入（2022.txt）");
        await Expect(office.Locator("#year-2022")).ToContainTextAsync("10-26");
        Assert.False((await web.Ledger.Calendar.WorkingDaysAsync(Ct)).IsWorkingDay(new DateOnly(2022, 10, 26)));
        Assert.Contains(await web.Ledger.AuditAsync(10, "settings", Ct), a => (a.Action, a.Actor) == ("settings.holidays", "office"));

        // The clock moves to the due day; the run sends the October reports' 到期提醒: each unit's inbox, 张联络's e-mail
        // and (failing) 张联络's robot.
        var link = web.BaseAddress.ToString().TrimEnd('/');
        var options = new ReminderOptions
        {
            LinkBase = link, Attempts = 2, FirstRetryDelay = TimeSpan.FromMilliseconds(20),
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = mail.Port, Security = "None", From = "duban@example.gov.cn" },
        };
        var clock = new MovedClock(DueDay);
        using (var channels = new ChannelSet(options, clock))
        {
            var report = await new ReminderRun(web.Ledger, ReminderSetup.ReportsOnly(link), options, channels, clock).RunAsync(DueDay, false, Ct);
            Assert.Equal(
                ["DingTalk 张联络 failed", "Email 张联络 sent", $"Inbox {TestPlan.Rsj} sent", $"Inbox {TestPlan.Jyj} sent"],
                report.Deliveries.Select(d => $"{d.Channel} {d.Recipient} {d.State}").Order(StringComparer.Ordinal));
        }

        var target = $"/reports/new?plan={web.PlanId}&task=T1&period=10";
        var message = Assert.Single(mail.Messages);
        Assert.Equal(("zhang@rsj.example.gov.cn", "【到期提醒】T1 2022年10月进展报告"), (message.To.Mailboxes.Single().Address, message.Subject));
        Assert.Contains("今天（2022年10月28日）到期，请于今日报送。", message.TextBody, StringComparison.Ordinal);
        Assert.Contains(link + target, message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{link + target.Replace("&", "&amp;", StringComparison.Ordinal)}\"", message.HtmlBody, StringComparison.Ordinal);

        // 人社局 sees one unread reminder under the bell, opens it (已读), and follows it to the exact page.
        var rsj = await chromium.OpenAsync(web);
        await Person.SignInAsync(rsj, "rsj");
        await Expect(rsj.Locator("#bell")).ToHaveTextAsync("🔔 1");
        await Person.ClickAndWaitAsync(rsj.Locator("#bell"));
        var row = rsj.Locator("#inbox tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("未读");
        await Person.ClickAndWaitAsync(row.GetByRole(AriaRole.Link, new() { Name = "【到期提醒】T1 2022年10月进展报告" }));
        await Expect(rsj.Locator("#message-body")).ToContainTextAsync("今天（2022年10月28日）到期");
        await Expect(rsj.Locator("main")).ToContainTextAsync("已读于");
        var opened = rsj.Url;
        await Expect(rsj.Locator("#bell")).ToHaveTextAsync("🔔");
        await Person.ClickAndWaitAsync(rsj.Locator("#open-link"));
        Assert.EndsWith(target, rsj.Url, StringComparison.Ordinal);
        await rsj.GotoAsync("/inbox");
        await Expect(rsj.Locator("#inbox tbody tr")).ToContainTextAsync("已读");

        // 教育局 has its own reminder, and 人社局's message is not found for it.
        var jyj = await chromium.OpenAsync(web);
        await Person.SignInAsync(jyj, "jyj");
        await jyj.GotoAsync("/inbox");
        await Expect(jyj.Locator("#inbox tbody tr")).ToContainTextAsync("【到期提醒】T2 2022年10月进展报告");
        var other = await jyj.GotoAsync(new Uri(opened).PathAndQuery);
        Assert.Equal(404, other!.Status);

        // The office's delivery log: three sent, and the failure with the reason, found by the state filter.
        await office.GotoAsync("/reminders");
        await Expect(office.Locator("#log tbody tr")).ToHaveCountAsync(4);
        await Expect(office.Locator("#log")).Not.ToContainTextAsync("zhang@rsj.example.gov.cn");
        await office.Locator("select[name=state]").SelectOptionAsync("failed");
        await Person.ClickAndWaitAsync(office.GetByRole(AriaRole.Button, new() { Name = "筛选" }));
        var failed = office.Locator("#log tbody tr");
        await Expect(failed).ToHaveCountAsync(1);
        await Expect(failed).ToContainTextAsync("发送失败");
        await Expect(failed).ToContainTextAsync("DingTalk robot 'rsj-ding' is not configured");
        await office.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder.Path(), "21-reminders-log.png"), FullPage = true });
    }

    [Fact]
    public async Task A_unit_reporter_is_refused_the_office_page_and_a_leader_reads_it_but_cannot_change_the_rules()
    {
        var rsj = await chromium.OpenAsync(web);
        await Person.SignInAsync(rsj, "rsj");
        await Expect(rsj.Locator("header nav")).Not.ToContainTextAsync("催办提醒");
        var refused = await rsj.GotoAsync("/reminders");
        Assert.Equal(403, refused!.Status);
        await Expect(rsj.Locator("h1")).ToHaveTextAsync("无权访问");

        var leader = await chromium.OpenAsync(web);
        await Person.SignInAsync(leader, "leader");
        await Person.ClickAndWaitAsync(leader.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "催办提醒" }));
        await Expect(leader.GetByLabel("到期前提醒（工作日）")).ToBeDisabledAsync();
        await Expect(leader.GetByRole(AriaRole.Button, new() { Name = "保存规则" })).ToBeDisabledAsync();
        await Expect(leader.Locator("#log")).ToBeVisibleAsync();

        // The form enabled by hand and sent anyway: refused, and the rules stay as they were.
        var before = await web.Ledger.Reminders.RulesAsync(Ct);
        await leader.EvaluateAsync("() => document.querySelector('#rules fieldset').disabled = false");
        await leader.GetByLabel("到期前提醒（工作日）").FillAsync("9");
        await Person.ClickAndWaitAsync(leader.GetByRole(AriaRole.Button, new() { Name = "保存规则" }));
        await Expect(leader.Locator("h1")).ToHaveTextAsync("无权访问");
        Assert.True(before.Same(await web.Ledger.Reminders.RulesAsync(Ct)));

        // The calendar: a unit reporter may not open it, a leader reads it without the import form.
        Assert.Equal(403, (await rsj.GotoAsync("/calendar"))!.Status);
        await Person.ClickAndWaitAsync(leader.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "工作日历" }));
        await Expect(leader.Locator("#year-2026")).ToContainTextAsync("10-01");
        await Expect(leader.Locator("#import")).ToHaveCountAsync(0);
        await leader.GotoAsync("/reminders");

        // People without a unit have no inbox; the page says where the office reads the log.
        await Person.ClickAndWaitAsync(leader.Locator("#bell"));
        await Expect(leader.Locator("main")).ToContainTextAsync("提醒发给各单位");
    }

    private sealed class MovedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
