using Luoshi.Domain.Reminders;
using Luoshi.Storage.Reminders;
using Luoshi.Storage.Tests.Databases;
using Luoshi.Storage.Tests.Lifecycle;

namespace Luoshi.Storage.Tests.Reminders;

/// <summary>Reminders about what the lifecycle knows is due — 签收, milestones, 督办单 answers — on days worked out by
/// hand on the 2022 notice (1–7 October off, Saturday 8 and Sunday 9 October worked). T2 is 教育局's.</summary>
public abstract class LifecycleReminderTests<TDatabase> : LifecycleFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly ReminderSetup Setup = ReminderSetup.Everything("https://dc.example.gov.cn");

    private async Task<ReminderBatch> PlanOnAsync(string day) =>
        await Ledger.Reminders.PlanAsync(new DateTimeOffset(D(day).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)), Setup, Ct);

    private static List<string> Keys(ReminderBatch batch, string prefix) =>
        [.. batch.Day.Reminders.Select(r => r.Key).Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task SignMilestoneAndNotice_RemindedBeforeOnAndAfterTheirDays_EscalationInTheNoticesColour()
    {
        await PlanAsync();
        // Assigned Thu 29 Sep: 3 working days to sign — Fri 30 Sep, Sat 8 Oct, Sun 9 Oct.
        On("2022-09-29");
        Ok(await Life.AssignAsync(PlanId, "T2", Office, Ct));
        var sign = $"sign:{PlanId}:T2";

        // Fri 30 Sep: 2 working days left (8 and 9 Oct) — within the default 3: 临近提醒 to 教育局.
        var friday = await PlanOnAsync("2022-09-30");
        Assert.Equal([$"{sign}|before|0"], Keys(friday, "sign:"));
        var inbox = Assert.Single(friday.Deliveries, d => d.Key == $"{sign}|before|0|{Education}|Inbox");
        Assert.Equal("【临近提醒】T2 交办任务签收", inbox.Title);
        Assert.Equal($"https://dc.example.gov.cn/tasks/T2?plan={PlanId}", inbox.Link);
        Assert.StartsWith($"{Education}：T2「", inbox.Body, StringComparison.Ordinal);
        Assert.Contains("的交办任务签收将于2022年10月9日到期（还有2个工作日），请按时签收。", inbox.Body, StringComparison.Ordinal);
        // 1–7 October are days off: nothing goes out; Sunday 9 October is worked and the due day.
        Assert.Empty((await PlanOnAsync("2022-10-03")).Day.Reminders);
        Assert.Equal([$"{sign}|on-day|0"], Keys(await PlanOnAsync("2022-10-09"), "sign:"));

        // Fri 14 Oct, unsigned: 5 working days late (10–14 Oct) — 逾期催办 repetition (5-1)/2 = 2 and the unit's head.
        // A 督办单 issued that morning (5 days past the limit: 蓝色, answer by 14 Oct + 5 working days = 21 Oct) colours
        // the escalation.
        On("2022-10-14");
        Ok(await Life.IssueNoticeAsync(PlanId, "T2", Office, "李局长", Ct));
        var late = await PlanOnAsync("2022-10-14");
        Assert.Equal([$"{sign}|escalate-1|0", $"{sign}|overdue|2"], Keys(late, "sign:"));
        Assert.Equal("【蓝色督办·单位负责人】T2 交办任务签收", late.Deliveries.Single(d => d.Key == $"{sign}|escalate-1|0|{Education}|Inbox").Title);
        Assert.Contains("应于2022年10月9日签收，已逾期5个工作日，请立即签收。", late.Deliveries.Single(d => d.Key == $"{sign}|overdue|2|{Education}|Inbox").Body, StringComparison.Ordinal);
        Assert.Empty(Keys(late, "notice:"));

        // Signed, with milestone 1 due Thu 20 Oct approved the same day: no more 签收 reminders.
        Ok(await Life.SignAsync(PlanId, "T2", EducationUnit, Ct));
        Ok(await Life.ProposeMilestonesAsync(PlanId, "T2", EducationUnit, [new("制定实施方案", D("2022-10-20"), "方案文件")], Ct));
        Ok(await Life.DecideMilestonesAsync(PlanId, "T2", Office, approve: true, ct: Ct));

        // Tue 18 Oct: milestone 1 has 2 working days left (19, 20), the notice's answer 3 (19, 20, 21): both 临近提醒.
        var tuesday = await PlanOnAsync("2022-10-18");
        Assert.Empty(Keys(tuesday, "sign:"));
        var milestone = Assert.Single(tuesday.Day.Reminders, r => r.Item.Kind == DueKind.Milestone);
        Assert.Equal((ReminderStage.Before, 2), (milestone.Stage, milestone.DaysLeft));
        Assert.Equal("【临近提醒】T2 节点1“制定实施方案”", tuesday.Deliveries.First(d => d.Key.StartsWith("milestone:", StringComparison.Ordinal)).Title);
        var answer = Assert.Single(tuesday.Day.Reminders, r => r.Item.Kind == DueKind.NoticeAnswer);
        Assert.Equal((ReminderStage.Before, 3, D("2022-10-21")), (answer.Stage, answer.DaysLeft, answer.Item.Due));
        Assert.StartsWith("【临近提醒】T2 督办〔2022〕1号的回复", tuesday.Deliveries.First(d => d.Key.StartsWith("notice:", StringComparison.Ordinal)).Title, StringComparison.Ordinal);

        // The office switches the milestone reminders off (every step off): only the notice is left on Tuesday.
        var rules = await Ledger.Reminders.RulesAsync(Ct);
        Assert.True((await Ledger.Reminders.SetRulesAsync(rules with { Rules = [.. rules.Rules.Select(r => r.Kind == DueKind.Milestone ? new ReminderRule(DueKind.Milestone, null, false, null, null, null) : r)] }, Ct)).Succeeded);
        Assert.DoesNotContain((await PlanOnAsync("2022-10-18")).Day.Reminders, r => r.Item.Kind == DueKind.Milestone);

        // Answered: nothing more about the notice.
        On("2022-10-18");
        var number = (await TaskAsync("T2", "2022-10-18")).Lifecycle!.Notices[0].Number;
        Ok(await Life.AnswerNoticeAsync(PlanId, "T2", EducationUnit, number, "已签收并制定方案", Ct));
        Assert.DoesNotContain((await PlanOnAsync("2022-10-19")).Day.Reminders, r => r.Item.Kind == DueKind.NoticeAnswer);
    }

    [Fact]
    public async Task Template_OfTheOffice_WordsItsKindUnknownPlaceholderRefusedAndNothingStored()
    {
        await PlanAsync();
        On("2022-09-29");
        Ok(await Life.AssignAsync(PlanId, "T2", Office, Ct));
        var rules = await Ledger.Reminders.RulesAsync(Ct);

        var refused = await Ledger.Reminders.SetRulesAsync(rules.WithTemplate(DueKind.Sign, new ReminderTemplate(DueKind.Sign, "请签收", "{单位}请于{期限}前签收")), Ct);
        Assert.Equal(("body", "模板中的占位符 {期限} 不存在"), (refused.Error!.Place!.Field, refused.Error.Message.Zh.Split('；')[0]));
        Assert.Null((await Ledger.Reminders.RulesAsync(Ct)).TemplateFor(DueKind.Sign));

        var template = new ReminderTemplate(DueKind.Sign, "【{阶段}】{任务编号}待签收", "{单位}：请于{到期日}前签收{任务编号}。{链接}");
        Assert.True((await Ledger.Reminders.SetRulesAsync(rules.WithTemplate(DueKind.Sign, template), Ct)).Succeeded);
        Assert.Equal(template, (await Ledger.Reminders.RulesAsync(Ct)).TemplateFor(DueKind.Sign));

        // Fri 30 Sep: the sign reminder in the office's words; reports keep the catalogue's.
        var friday = await PlanOnAsync("2022-09-30");
        var sign = friday.Deliveries.Single(d => d.Key == $"sign:{PlanId}:T2|before|0|{Education}|Inbox");
        Assert.Equal(("【临近提醒】T2待签收", $"{Education}：请于2022年10月9日前签收T2。https://dc.example.gov.cn/tasks/T2?plan={PlanId}"), (sign.Title, sign.Body));
        Assert.Contains(friday.Deliveries, d => d.Key.StartsWith("report:", StringComparison.Ordinal) && d.Title.StartsWith("【逾期催办】", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rules_StoredBeforeTheLifecycleKinds_GetTheDefaultsForThem()
    {
        var old = new ReminderRules([new ReminderRule(DueKind.Report, 2, true, 1, 3, 6)], QuietHours.Evenings);
        Assert.True((await Ledger.Reminders.SetRulesAsync(old, Ct)).Succeeded);

        var read = await Ledger.Reminders.RulesAsync(Ct);

        Assert.Equal(old.Rules[0], read.For(DueKind.Report));
        Assert.Equal(ReminderRule.DefaultFor(DueKind.Sign), read.For(DueKind.Sign));
        Assert.Equal(ReminderRule.DefaultFor(DueKind.NoticeAnswer), read.For(DueKind.NoticeAnswer));
    }
}

public sealed class SqliteLifecycleReminderTests : LifecycleReminderTests<SqliteTestDatabase>;

public sealed class PostgresLifecycleReminderTests : LifecycleReminderTests<PostgresTestDatabase>;
