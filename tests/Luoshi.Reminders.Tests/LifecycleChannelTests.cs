using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Reminders;
using Luoshi.Reminders.Channels;
using Luoshi.Reminders.Configuration;
using Luoshi.Reminders.Sending;
using Luoshi.Reminders.Tests.Fixtures;
using Luoshi.Reminders.Tests.Receivers;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Reminders;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Reminders.Tests;

/// <summary>The lifecycle's kinds of reminder through real channels, on Wed 25 March 2026 at 10:00 (every March weekday
/// worked): a 签收 on its day by e-mail to 第1局 (an SMTP server in the process), a milestone 2 working days ahead by
/// DingTalk to 第2局, a 督办单 answer on its day by WeCom to 第3局, an extension request waiting 2 working days by Feishu to
/// the office 督查室, and an item's due day by SMS to 第5局 (an HTTP server checking the DingTalk and Feishu signatures).
/// Report reminders are switched off; every other kind keeps its default rule.</summary>
public sealed class LifecycleChannelTests : IAsyncLifetime
{
    private const string Contacts = "unit,name,role,email,mobile,dingtalk,wecom,feishu,sms\n"
        + "测试市第1局,李一,联络员,li1@unit1.example.gov.cn,,,,,\n"
        + "测试市第2局,李二,联络员,,,hr-ding,,,\n"
        + "测试市第3局,李三,联络员,,,,hr-wecom,,\n"
        + "督查室,张干事,联络员,,,,,hr-feishu,\n"
        + "测试市第5局,李五,联络员,,13800138005,,,,是\n";

    private const string Base = "https://dc.example.gov.cn";

    private RobotReceiver _robots = null!;
    private MailReceiver _mail = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _robots = await RobotReceiver.StartAsync();
        _mail = MailReceiver.Start();
    }

    public async ValueTask DisposeAsync()
    {
        await _robots.DisposeAsync();
        await _mail.DisposeAsync();
    }

    private ReminderOptions Options() => new()
    {
        LinkBase = Base,
        Attempts = 2,
        FirstRetryDelay = TimeSpan.FromMilliseconds(20),
        AttemptTimeout = TimeSpan.FromSeconds(5),
        Smtp = new SmtpOptions { Host = "127.0.0.1", Port = _mail.Port, Security = "None", From = "duban@example.gov.cn" },
        DingTalk = { ["hr-ding"] = new RobotOptions { Webhook = $"{_robots.BaseUrl}/dingtalk/robot/send?access_token=t1", Secret = _robots.DingTalkSecret } },
        WeCom = { ["hr-wecom"] = new RobotOptions { Webhook = $"{_robots.BaseUrl}/wecom/webhook/send?key=wecom-key" } },
        Feishu = { ["hr-feishu"] = new RobotOptions { Webhook = $"{_robots.BaseUrl}/feishu/bot/v2/hook/abc", Secret = _robots.FeishuSecret } },
        Sms = new SmsOptions
        {
            Url = $"{_robots.BaseUrl}/sms/send", Body = "{\"phone\":\"{mobile}\",\"msg\":\"{text}\"}",
            Headers = { ["X-Api-Key"] = "sms-key" }, SuccessContains = "\"code\":0",
        },
    };

    private static LifecycleLedger On(LedgerFixture fixture, int month, int day) =>
        fixture.Ledger.ForActor("督查室", new FixedClock(new DateTimeOffset(2026, month, day, 10, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime())).Lifecycle;

    private static void Ok(Storage.StoreResult result) => Assert.True(result.Succeeded, result.Error?.ToString());

    private async Task<RunReport> RunAsync(LedgerFixture fixture)
    {
        var options = Options();
        using var channels = new ChannelSet(options, TimeProvider.System);
        return await new ReminderRun(fixture.Ledger, ReminderSetup.Everything(Base), options, channels, TimeProvider.System).RunAsync(fixture.Clock.Now, false, Ct);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Run_EachNewKind_ReachesItsChannelOnceWithTheLink(bool postgres)
    {
        await using var fixture = await LedgerFixture.CreateAsync(postgres ? new PostgresTestDatabase() : new SqliteTestDatabase(), 5, Contacts, Ct);
        Assert.True((await fixture.Ledger.Reminders.SetRulesAsync(
            new ReminderRules([new ReminderRule(DueKind.Report, null, false, null, null, null)], QuietHours.Evenings), Ct)).Succeeded);
        var (plan, office) = (fixture.PlanId, LifecycleActor.Office);
        LifecycleActor Unit(int i) => LifecycleActor.OfUnit(LedgerFixture.Unit(i));

        // T1: assigned Fri 20 Mar, to sign in 3 working days (23, 24, 25): due today.
        Ok(await On(fixture, 3, 20).AssignAsync(plan, "T1", office, Ct));
        // T2: signed Mon 16 Mar, milestone 1 due Fri 27 Mar approved: 2 working days ahead (26, 27).
        Ok(await On(fixture, 3, 16).AssignAsync(plan, "T2", office, Ct));
        Ok(await On(fixture, 3, 16).SignAsync(plan, "T2", Unit(2), Ct));
        Ok(await On(fixture, 3, 16).ProposeMilestonesAsync(plan, "T2", Unit(2), [new MilestoneDraft("制定实施方案", new DateOnly(2026, 3, 27), "方案文件")], Ct));
        Ok(await On(fixture, 3, 16).DecideMilestonesAsync(plan, "T2", office, approve: true, ct: Ct));
        // T3: assigned Mon 2 Mar, unsigned by Thu 5 Mar; a 督办单 on Wed 18 Mar, answer in 5 working days (19, 20, 23,
        // 24, 25): due today; signed after it.
        Ok(await On(fixture, 3, 2).AssignAsync(plan, "T3", office, Ct));
        Ok(await On(fixture, 3, 18).IssueNoticeAsync(plan, "T3", office, "王局长", Ct));
        Ok(await On(fixture, 3, 18).SignAsync(plan, "T3", Unit(3), Ct));
        // T4: signed Mon 2 Mar, extension asked for Mon 23 Mar: waiting 2 working days (24, 25) — reminder 0 ((2-1)/2).
        Ok(await On(fixture, 3, 2).AssignAsync(plan, "T4", office, Ct));
        Ok(await On(fixture, 3, 2).SignAsync(plan, "T4", Unit(4), Ct));
        Ok(await On(fixture, 3, 23).RequestExtensionAsync(plan, "T4", Unit(4), new DateOnly(2027, 3, 31), "资金未到位", Ct));
        // An instruction to 第5局 created and signed Wed 11 Mar, due today.
        var item = await On(fixture, 3, 11).CreateItemAsync(office, new NewItem(ItemSource.Instruction, 2026, "做好春季防火工作", "市长批示", "市长", LedgerFixture.Unit(5), new DateOnly(2026, 3, 25)), Ct);
        Assert.Equal("2026-批示-001", item.Value);
        Ok(await On(fixture, 3, 11).StepItemAsync(item.Value!, Unit(5), LifecycleStep.Sign, ct: Ct));

        var first = await RunAsync(fixture);
        var second = await RunAsync(fixture);

        Assert.Equal(
            ["DingTalk 李二", "Email 李一", "Feishu 张干事", "Inbox 测试市第1局", "Inbox 测试市第2局", "Inbox 测试市第3局", "Inbox 测试市第5局", "Inbox 督查室", "Sms 李五", "WeCom 李三"],
            first.Deliveries.Select(d => $"{d.Channel} {d.Recipient}").Order(StringComparer.Ordinal));
        Assert.All(first.Deliveries, d => Assert.Equal(DeliveryStates.Sent, d.State));
        Assert.Empty(second.Deliveries);

        var task = (int t) => $"{Base}/tasks/T{t}?plan={plan}";
        var mail = Assert.Single(_mail.Messages);
        Assert.Equal(("【到期提醒】T1 交办任务签收", "li1@unit1.example.gov.cn"), (mail.Subject, mail.To.Mailboxes.Single().Address));
        Assert.Contains($"测试市第1局：T1「第1项任务」的交办任务签收今天（2026年3月25日）到期，请于今日签收。\n办理：{task(1)}", mail.TextBody, StringComparison.Ordinal);

        var robots = _robots.Accepted.ToDictionary(a => a.Platform, a => a.Text);
        Assert.Equal(["dingtalk", "feishu", "sms", "wecom"], robots.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("【临近提醒】T2 节点1“制定实施方案”", robots["dingtalk"], StringComparison.Ordinal);
        Assert.Contains("将于2026年3月27日到期（还有2个工作日），请按时完成。", robots["dingtalk"], StringComparison.Ordinal);
        Assert.Contains(task(2), robots["dingtalk"], StringComparison.Ordinal);
        Assert.Contains("【到期提醒】T3 督办〔2026〕1号的回复", robots["wecom"], StringComparison.Ordinal);
        Assert.Contains(task(3), robots["wecom"], StringComparison.Ordinal);
        Assert.Contains("【逾期催办】T4 延期申请（申请延至2027年3月31日）的审批", robots["feishu"], StringComparison.Ordinal);
        Assert.Contains("督查室：T4「第4项任务」的延期申请（申请延至2027年3月31日）的审批应于2026年3月23日审批，已逾期2个工作日，请立即审批。", robots["feishu"], StringComparison.Ordinal);
        Assert.StartsWith("13800138005 【到期提醒】2026-批示-001 督办事项办结", robots["sms"], StringComparison.Ordinal);
        Assert.Contains($"{Base}/items/{Uri.EscapeDataString("2026-批示-001")}", robots["sms"], StringComparison.Ordinal);

        var inbox = Assert.Single(await fixture.Ledger.Reminders.InboxAsync(OfficeInbox.Name, "office", ct: Ct));
        Assert.Equal(task(4), inbox.Delivery.Link);
    }
}
