using Luoshi.Reminders.Channels;
using Luoshi.Reminders.Configuration;
using Luoshi.Reminders.Sending;
using Luoshi.Reminders.Tests.Fixtures;
using Luoshi.Reminders.Tests.Receivers;
using Luoshi.Storage.Reminders;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Reminders.Tests;

/// <summary>A run delivering to real receivers: an SMTP server in the process, and an HTTP server that checks the
/// DingTalk and Feishu signatures as documented. 第1局's contact 李联络 is reached over whichever channels a test lists;
/// 第2局 has no contacts, so its reminder reaches its inbox only.</summary>
public sealed class ChannelTests : IAsyncLifetime
{
    private const string Header = "unit,name,role,email,mobile,dingtalk,wecom,feishu,sms\n";
    private const string Everything = Header + "测试市第1局,李联络,联络员,li@unit1.example.gov.cn,13800138000,hr-ding,hr-wecom,hr-feishu,是\n";

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

    private ReminderOptions Options(string? dingSecret = null, string? feishuSecret = null, string? smsUrl = null) => new()
    {
        Attempts = 3,
        FirstRetryDelay = TimeSpan.FromMilliseconds(20),
        AttemptTimeout = TimeSpan.FromSeconds(5),
        Smtp = new SmtpOptions { Host = "127.0.0.1", Port = _mail.Port, Security = "None", From = "duban@example.gov.cn" },
        DingTalk = { ["hr-ding"] = new RobotOptions { Webhook = $"{_robots.BaseUrl}/dingtalk/robot/send?access_token=t1", Secret = dingSecret ?? _robots.DingTalkSecret } },
        WeCom = { ["hr-wecom"] = new RobotOptions { Webhook = $"{_robots.BaseUrl}/wecom/webhook/send?key=wecom-key" } },
        Feishu = { ["hr-feishu"] = new RobotOptions { Webhook = $"{_robots.BaseUrl}/feishu/bot/v2/hook/abc", Secret = feishuSecret ?? _robots.FeishuSecret } },
        Sms = new SmsOptions
        {
            Url = smsUrl ?? $"{_robots.BaseUrl}/sms/send", Body = "{\"phone\":\"{mobile}\",\"msg\":\"{text}\"}",
            Headers = { ["X-Api-Key"] = "sms-key" }, SuccessContains = "\"code\":0",
        },
    };

    private static async Task<RunReport> RunAsync(LedgerFixture fixture, ReminderOptions options)
    {
        using var channels = new ChannelSet(options, TimeProvider.System);
        return await new ReminderRun(fixture.Ledger, LedgerFixture.Setup, options, channels, TimeProvider.System).RunAsync(fixture.Clock.Now, false, Ct);
    }

    [Fact]
    public async Task Run_EveryChannel_EachReceiverHoldsOneMessageWithTheLinkAndASecondRunSendsNothing()
    {
        await using var fixture = await LedgerFixture.CreateAsync(new SqliteTestDatabase(), 2, Everything, Ct);

        var first = await RunAsync(fixture, Options());
        var second = await RunAsync(fixture, Options());

        Assert.Equal(7, first.Deliveries.Count);
        Assert.All(first.Deliveries, d => Assert.Equal(DeliveryStates.Sent, d.State));
        Assert.Empty(second.Deliveries);
        var mail = Assert.Single(_mail.Messages);
        Assert.Equal(("【临近提醒】T1 2026年3月进展报告", "li@unit1.example.gov.cn", "duban@example.gov.cn"),
            (mail.Subject, mail.To.Mailboxes.Single().Address, mail.From.Mailboxes.Single().Address));
        Assert.Contains($"测试市第1局：T1「第1项任务」的2026年3月进展报告将于2026年3月28日到期（还有3个工作日），请按时报送。\n办理：{fixture.Link(1)}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{fixture.Link(1).Replace("&", "&amp;", StringComparison.Ordinal)}\">", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(["dingtalk", "feishu", "sms", "wecom"], _robots.Accepted.Select(a => a.Platform).Order(StringComparer.Ordinal));
        Assert.All(_robots.Accepted, a => Assert.Contains(fixture.Link(1), a.Text, StringComparison.Ordinal));
        Assert.StartsWith("13800138000 【临近提醒】T1", _robots.Accepted.Single(a => a.Platform == "sms").Text, StringComparison.Ordinal);
        var inbox = await fixture.Ledger.Reminders.InboxAsync(LedgerFixture.Unit(2), "u2", ct: Ct);
        Assert.Equal(fixture.Link(2), Assert.Single(inbox).Delivery.Link);
    }

    [Fact]
    public async Task Run_WrongDingTalkAndFeishuSecrets_RefusedByTheReceiverAndFailedAfterOneTry()
    {
        var contacts = Header + "测试市第1局,李联络,联络员,,,hr-ding,,hr-feishu,\n";
        await using var fixture = await LedgerFixture.CreateAsync(new SqliteTestDatabase(), 1, contacts, Ct);

        var report = await RunAsync(fixture, Options(dingSecret: "SECwrong", feishuSecret: "wrong"));

        Assert.Empty(_robots.Accepted);
        var failed = await fixture.Ledger.Reminders.LogAsync(10, DeliveryStates.Failed, Ct);
        Assert.Equal(["DingTalk", "Feishu"], failed.Select(d => d.Channel).Order(StringComparer.Ordinal));
        Assert.All(failed, d => Assert.Equal(1, d.Attempts));
        Assert.Contains("\"errcode\":310000", failed.Single(d => d.Channel == "DingTalk").Answer, StringComparison.Ordinal);
        Assert.Contains("\"code\":19021", failed.Single(d => d.Channel == "Feishu").Answer, StringComparison.Ordinal);
        Assert.DoesNotContain(failed, d => d.Answer!.Contains("wrong", StringComparison.Ordinal) || d.Answer.Contains("access_token", StringComparison.Ordinal));
        Assert.Equal(2, report.Deliveries.Count(d => d.State == DeliveryStates.Failed));
    }

    [Fact]
    public async Task Run_GatewayDown_ThreeTriesThenListedAsFailed()
    {
        var contacts = Header + "测试市第1局,李联络,联络员,,13800138000,,,,是\n";
        await using var fixture = await LedgerFixture.CreateAsync(new SqliteTestDatabase(), 1, contacts, Ct);
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var closed = $"http://127.0.0.1:{((System.Net.IPEndPoint)probe.LocalEndpoint).Port}/sms/send";
        probe.Stop();

        await RunAsync(fixture, Options(smsUrl: closed));

        var failed = Assert.Single(await fixture.Ledger.Reminders.LogAsync(10, DeliveryStates.Failed, Ct));
        var tries = await fixture.Ledger.Reminders.AttemptsAsync(failed.Id, Ct);
        Assert.Equal([(1, "temporary"), (2, "temporary"), (3, "temporary")], tries.Select(t => (t.Number, t.Result)));
        Assert.All(tries, t => Assert.Equal("no answer: ConnectionRefused", t.Answer));
    }

    [Fact]
    public async Task Run_Gateway503Twice_SentOnTheThirdTry()
    {
        var contacts = Header + "测试市第1局,李联络,联络员,,13800138000,,,,是\n";
        await using var fixture = await LedgerFixture.CreateAsync(new SqliteTestDatabase(), 1, contacts, Ct);
        _robots.FailNext(2);

        await RunAsync(fixture, Options());

        var sms = Assert.Single(await fixture.Ledger.Reminders.LogAsync(10, DeliveryStates.Sent, Ct), d => d.Channel == "Sms");
        Assert.Equal(["temporary", "temporary", "sent"], (await fixture.Ledger.Reminders.AttemptsAsync(sms.Id, Ct)).Select(t => t.Result));
        Assert.Single(_robots.Accepted);
    }

    [Fact]
    public async Task Run_SlowGateway_EachTryTimesOutWithoutHoldingTheOthers()
    {
        var contacts = Header + "测试市第1局,李联络,联络员,li@unit1.example.gov.cn,13800138000,,,,是\n";
        await using var fixture = await LedgerFixture.CreateAsync(new SqliteTestDatabase(), 1, contacts, Ct);
        _robots.Delay = TimeSpan.FromSeconds(3);
        var options = Options();
        options.AttemptTimeout = TimeSpan.FromMilliseconds(300);
        options.Attempts = 2;

        await RunAsync(fixture, options);

        var sms = Assert.Single(await fixture.Ledger.Reminders.LogAsync(10, DeliveryStates.Failed, Ct));
        Assert.Equal(["no answer: timed out", "no answer: timed out"], (await fixture.Ledger.Reminders.AttemptsAsync(sms.Id, Ct)).Select(t => t.Answer!));
        Assert.Single(_mail.Messages);
    }

    [Fact]
    public async Task Run_TwoInstancesOnOnePostgres_EachMessageExactlyOnce()
    {
        var contacts = new System.Text.StringBuilder(Header);
        for (var i = 1; i <= 40; i++)
        {
            contacts.Append(System.Globalization.CultureInfo.InvariantCulture, $"测试市第{i}局,联络员{i},联络员,,1380013{i:0000},hr-ding,,,是\n");
        }

        await using var fixture = await LedgerFixture.CreateAsync(new PostgresTestDatabase(), 40, contacts.ToString(), Ct);
        await using var second = await Storage.Ledger.OpenAsync(fixture.Options, "第二实例", fixture.Clock, Ct);
        var options = Options();
        using var channelsA = new ChannelSet(options, TimeProvider.System);
        using var channelsB = new ChannelSet(options, TimeProvider.System);

        var reports = await Task.WhenAll(
            new ReminderRun(fixture.Ledger, LedgerFixture.Setup, options, channelsA, TimeProvider.System).RunAsync(fixture.Clock.Now, false, Ct),
            new ReminderRun(second, LedgerFixture.Setup, options, channelsB, TimeProvider.System).RunAsync(fixture.Clock.Now, false, Ct));

        // 40 reminders: 40 inbox messages, 40 DingTalk posts and 40 text messages, split between the two runs.
        Assert.Equal(120, reports.Sum(r => r.Deliveries.Count));
        Assert.Equal(80, _robots.Accepted.Count);
        Assert.Equal(80, _robots.Accepted.Distinct().Count());
        Assert.Equal(120, await fixture.Database.CountAsync("SELECT COUNT(*) FROM reminder_deliveries WHERE state = 'sent'"));
    }
}
