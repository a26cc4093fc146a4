using Luoshi.Domain.Reminders;
using Luoshi.Storage.Reminders;
using Luoshi.Storage.Tests.Access;
using Luoshi.Storage.Tests.Databases;
using Luoshi.Storage.Villages;

namespace Luoshi.Storage.Tests.Reminders;

/// <summary>Reminders planned from the sample plan of 2022 (monthly, due the 28th, nothing sent) on Friday 25 March
/// 2022 at 10:00 China time, stored before sending, once, whoever runs.</summary>
public abstract class DeliveryTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string HR = "测试市人力资源和社会保障局";
    private const string Education = "测试市教育局";
    private static readonly DateTimeOffset Friday = new(2022, 3, 25, 2, 0, 0, TimeSpan.Zero);
    private static readonly ReminderSetup Setup = ReminderSetup.ReportsOnly("https://dc.example.gov.cn/");

    private const string ContactsCsv =
        "unit,name,role,email,mobile,dingtalk,wecom,feishu,sms\n" +
        "人社局,李联络,联络员,li@hr.example.gov.cn,13800138000,hr-group,,,是\n" +
        "人社局,王局长,单位负责人,wang@hr.example.gov.cn,,,,,\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> PlanAsync()
    {
        Assert.True((await Ledger.ImportUnitsAsync(WriteFile("units.csv", AccessFixtures.UnitsCsv), null, Ct)).Succeeded);
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        Assert.True((await Ledger.AssignAsync(planId, "T1", new Assignment("人社局", [], null, null), Ct)).Succeeded);
        Assert.True((await Ledger.AssignAsync(planId, "T2", new Assignment("教育局", [], null, null), Ct)).Succeeded);
        var imported = await Ledger.Reminders.ImportContactsAsync(new VillageFile("contacts.csv", System.Text.Encoding.UTF8.GetBytes(ContactsCsv)), Ct);
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        Clock.Now = Friday;
        return planId;
    }

    [Fact]
    public async Task Plan_Friday25March_InboxForEveryReminderAndEachChannelOfTheRolesContacts()
    {
        var planId = await PlanAsync();

        var batch = await Ledger.Reminders.PlanAsync(Friday, Setup, Ct);

        // Per task: March due Monday 28th (1 working day left) → before; January (due Fri 28 Jan) is 37 working days
        // late by the 2022 notice (40 by weekends, plus the worked Sat 29 and Sun 30 Jan, less 春节 Mon 31 Jan–Fri 4 Feb)
        // → overdue repetition (37-1)/2 = 18 and both escalations; February (19 late) → repetition 9 and both: 7
        // reminders, 14 in all.
        Assert.Equal(14, batch.Day.Reminders.Count);
        var hr = batch.Deliveries.Where(d => d.Unit == HR).ToList();
        // 李联络 (e-mail, DingTalk, SMS) gets before and both overdue ones, 王局长 (e-mail) both first escalations;
        // nobody is listed as leader in charge, so the second escalations reach the inbox only.
        Assert.Equal(18, hr.Count);
        Assert.Equal(7, batch.Deliveries.Count(d => d.Unit == Education));
        Assert.Contains(hr, d => d.Key == $"report:{planId}:T1:1|overdue|18|{HR}/李联络|Sms" && d.Address == "13800138000");
        Assert.Contains(hr, d => d.Key == $"report:{planId}:T1:2|escalate-1|0|{HR}/王局长|Email" && d.Address == "wang@hr.example.gov.cn");
        var inbox = Assert.Single(hr, d => d.Key == $"report:{planId}:T1:3|before|0|{HR}|Inbox");
        Assert.Equal($"https://dc.example.gov.cn/reports/new?plan={planId}&task=T1&period=3", inbox.Link);
        Assert.Equal("【临近提醒】T1 2022年3月进展报告", inbox.Title);
    }

    [Fact]
    public async Task Claim_TwiceAndByTwoInstancesAtOnce_EachDeliveryStoredOnce()
    {
        await PlanAsync();
        var batch = await Ledger.Reminders.PlanAsync(Friday, Setup, Ct);
        await using var other = await OpenAsAsync("第二实例");

        var both = await Task.WhenAll(
            Ledger.Reminders.ClaimAsync(batch.Deliveries, "a", TimeSpan.FromMinutes(5), Ct),
            other.Reminders.ClaimAsync((await other.Reminders.PlanAsync(Friday, Setup, Ct)).Deliveries, "b", TimeSpan.FromMinutes(5), Ct));
        var again = await Ledger.Reminders.ClaimAsync((await Ledger.Reminders.PlanAsync(Friday, Setup, Ct)).Deliveries, "c", TimeSpan.FromMinutes(5), Ct);

        Assert.Equal(25, both[0].Count + both[1].Count);
        Assert.Empty(both[0].Select(d => d.Key).Intersect(both[1].Select(d => d.Key)));
        Assert.Empty(again);
        Assert.Equal(25, await CountAsync("reminder_deliveries"));
        // The 14 inbox messages are delivered by being stored; the 11 others wait for their channel.
        Assert.Equal(14, await CountAsync("reminder_attempts"));
        Assert.Equal(11, (await Ledger.Reminders.LogAsync(100, DeliveryStates.Pending, Ct)).Count);
    }

    [Fact]
    public async Task Claim_AMomentInChinaTime_StoredAsTheSameMomentInUtc()
    {
        await PlanAsync();
        var china = new DateTimeOffset(2022, 3, 25, 10, 0, 0, TimeSpan.FromHours(8));

        var claimed = await Ledger.Reminders.ClaimAsync((await Ledger.Reminders.PlanAsync(china, Setup, Ct)).Deliveries, "a", TimeSpan.FromMinutes(5), Ct);

        Assert.Equal(25, claimed.Count);
        var stored = await Ledger.Reminders.LogAsync(100, null, Ct);
        Assert.All(stored, d => Assert.Equal((Friday, TimeSpan.Zero), (d.CreatedAt, d.CreatedAt.Offset)));
    }

    [Fact]
    public async Task TakeOver_LeaseEnded_OnlyTheStoppedRunsPendingOnes()
    {
        await PlanAsync();
        var claimed = await Ledger.Reminders.ClaimAsync((await Ledger.Reminders.PlanAsync(Friday, Setup, Ct)).Deliveries, "a", TimeSpan.FromMinutes(5), Ct);
        var pending = claimed.Where(d => d.State == DeliveryStates.Pending).ToList();
        await Ledger.Reminders.RecordAttemptAsync(pending[0].Id, 1, DeliveryStates.Sent, "{\"errcode\":0}", final: true, Ct);

        var early = await Ledger.Reminders.TakeOverAsync("b", TimeSpan.FromMinutes(5), Ct);
        Clock.Now = Friday.AddMinutes(6);
        var late = await Ledger.Reminders.TakeOverAsync("b", TimeSpan.FromMinutes(5), Ct);
        var twice = await Ledger.Reminders.TakeOverAsync("c", TimeSpan.FromMinutes(5), Ct);

        Assert.Empty(early);
        Assert.Equal(pending.Skip(1).Select(d => d.Id), late.Select(d => d.Id));
        Assert.All(late, d => Assert.Equal("b", d.Owner));
        Assert.Empty(twice);
    }

    [Fact]
    public async Task RecordAttempt_TemporaryThenPermanent_FailedWithEveryTryLogged()
    {
        await PlanAsync();
        var claimed = await Ledger.Reminders.ClaimAsync((await Ledger.Reminders.PlanAsync(Friday, Setup, Ct)).Deliveries, "a", TimeSpan.FromMinutes(5), Ct);
        var sms = claimed.First(d => d.Channel == "Sms");

        await Ledger.Reminders.RecordAttemptAsync(sms.Id, 1, "temporary", "HTTP 503", final: false, Ct);
        Clock.Now = Friday.AddSeconds(2);
        await Ledger.Reminders.RecordAttemptAsync(sms.Id, 2, "permanent", "HTTP 400 {\"code\":\"BAD_MOBILE\"}", final: true, Ct);

        var failed = Assert.Single(await Ledger.Reminders.LogAsync(100, DeliveryStates.Failed, Ct));
        Assert.Equal((sms.Id, 2, "HTTP 400 {\"code\":\"BAD_MOBILE\"}", (DateTimeOffset?)null), (failed.Id, failed.Attempts, failed.Answer, failed.SentAt));
        Assert.Equal([(1, "temporary", "HTTP 503"), (2, "permanent", "HTTP 400 {\"code\":\"BAD_MOBILE\"}")],
            (await Ledger.Reminders.AttemptsAsync(sms.Id, Ct)).Select(a => (a.Number, a.Result, a.Answer!)));
    }

    [Fact]
    public async Task Open_FirstTimeRecordsReadOnceAndAnotherUnitsMessageIsNotFound()
    {
        await PlanAsync();
        await Ledger.Reminders.ClaimAsync((await Ledger.Reminders.PlanAsync(Friday, Setup, Ct)).Deliveries, "a", TimeSpan.FromMinutes(5), Ct);
        var inbox = await Ledger.Reminders.InboxAsync(HR, "hr1", ct: Ct);
        var message = inbox[0].Delivery;

        Clock.Now = Friday.AddHours(1);
        var first = await Ledger.Reminders.OpenAsync(message.Id, HR, "hr1", Ct);
        Clock.Now = Friday.AddHours(2);
        var second = await Ledger.Reminders.OpenAsync(message.Id, HR, "hr1", Ct);
        var stranger = await Ledger.Reminders.OpenAsync(message.Id, Education, "edu1", Ct);

        Assert.Equal(7, inbox.Count);
        Assert.All(inbox, m => Assert.Null(m.ReadAt));
        Assert.Equal(Friday.AddHours(1), first!.ReadAt);
        Assert.Equal(Friday.AddHours(1), second!.ReadAt);
        Assert.Null(stranger);
        Assert.Equal(6, await Ledger.Reminders.UnreadAsync(HR, "hr1", Ct));
        Assert.Equal(7, await Ledger.Reminders.UnreadAsync(HR, "hr2", Ct));
        Assert.Equal(1, await CountAsync("inbox_reads"));
    }

    [Fact]
    public async Task ImportContacts_BadRows_EveryErrorLocatedAndNothingReplaced()
    {
        await PlanAsync();
        var bad = "单位,姓名,角色,邮箱,手机,短信\n人社局,李联络,联络员,not-an-address,,\n不存在局,赵,科长,,1380013800,是\n";

        var result = await Ledger.Reminders.ImportContactsAsync(new VillageFile("bad.csv", System.Text.Encoding.UTF8.GetBytes(bad)), Ct);

        Assert.Equal(
            [
                "bad.csv, line 2, column email: expected an e-mail address such as li@example.gov.cn, found 'not-an-address'",
                "bad.csv, line 3, column unit: unknown unit '不存在局': no unit in the ledger has this name or alias (import units first)",
                "bad.csv, line 3, column role: expected contact, unit-leader or leader-in-charge (联络员、单位负责人、分管领导), found '科长'",
                "bad.csv, line 3, column mobile: expected an 11-digit mobile number starting with 1, found '1380013800'",
            ],
            result.Errors.Select(e => $"{e.Place!.ToWords().En}: {e.Message.En}"));
        Assert.Equal("bad.csv，第 3 行，mobile 列", result.Errors[3].Place!.ToWords().Zh);
        Assert.Equal(["李联络", "王局长"], (await Ledger.Reminders.ContactsAsync(Ct)).Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SetRules_ImpossibleRefusedValidStoredAndAudited()
    {
        var refused = await Ledger.Reminders.SetRulesAsync(new ReminderRules([new ReminderRule(DueKind.Report, 2, true, 1, 6, 4)], QuietHours.Evenings), Ct);
        var rules = new ReminderRules([new ReminderRule(DueKind.Report, 2, false, 1, 3, 6)], new QuietHours(new TimeOnly(18, 30), new TimeOnly(8, 30)));
        var stored = await Ledger.Reminders.SetRulesAsync(rules, Ct);

        Assert.Equal(("escalate_again_after", "再次督办的天数（4）应大于首次督办的天数（6）"), (refused.Error?.Place?.Field, refused.Error?.Message.Zh));
        Assert.True(stored.Succeeded);
        var read = await Ledger.Reminders.RulesAsync(Ct);
        Assert.Equal(rules.WithEveryKind().Rules, read.Rules);
        Assert.Equal(rules.Quiet, read.Quiet);
        Assert.Equal("reminder-rules.set", (await Ledger.AuditAsync(1, "reminder", Ct))[0].Action);

        // The file form reads back the same.
        var again = await Ledger.Reminders.RulesAsync(Ct);
        var (fromFile, problems) = ReminderRulesFile.Read(ReminderRulesFile.Write(again), "rules.json");
        Assert.Empty(problems);
        Assert.True(again.Same(fromFile!));
    }
}

public sealed class SqliteDeliveryTests : DeliveryTests<SqliteTestDatabase>;

public sealed class PostgresDeliveryTests : DeliveryTests<PostgresTestDatabase>;
