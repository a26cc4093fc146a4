using System.Text;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Reminders;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Reminders;
using Luoshi.Storage.Tests.Databases;
using Luoshi.Storage.Tests.Lifecycle;
using Luoshi.Storage.Villages;

namespace Luoshi.Storage.Tests.Reminders;

/// <summary>Reminders about items from other sources (their 签收 under the sign rule, their 办理时限 under the item rule)
/// and about extension requests waiting for the office, which go to the office's own inbox 督查室 and its contacts. Days
/// worked out by hand on the 2022 notice: 1–7 October off, Saturday 8 and Sunday 9 October worked.</summary>
public abstract class ItemAndExtensionReminderTests<TDatabase> : LifecycleFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly ReminderSetup Setup = ReminderSetup.Everything("https://dc.example.gov.cn");

    private async Task<ReminderBatch> PlanOnAsync(string day) =>
        await Ledger.Reminders.PlanAsync(new DateTimeOffset(D(day).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)), Setup, Ct);

    private static List<string> Keys(ReminderBatch batch, string prefix) =>
        [.. batch.Day.Reminders.Select(r => r.Key).Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Item_SignAndDueDay_RemindedLikeATaskUntilSignedAndCloseRequested_ExactlyOnce()
    {
        await PlanAsync();
        // Created Thu 29 Sep: to sign by Sun 9 Oct (30 Sep, 8, 9 Oct); due Wed 12 Oct.
        On("2022-09-29");
        var number = (await Life.CreateItemAsync(Office, new NewItem(ItemSource.Instruction, 2022, "做好防汛工作", "市长批示", "市长", "教育局", D("2022-10-12")), Ct)).Value!;
        Assert.Equal("2022-批示-001", number);
        var link = "https://dc.example.gov.cn/items/" + Uri.EscapeDataString(number);

        // Fri 30 Sep: 签收 2 working days ahead (8, 9 Oct) — 临近提醒; the due day is 5 ahead (8, 9, 10, 11, 12): none.
        var friday = await PlanOnAsync("2022-09-30");
        Assert.Equal([$"item-sign:{number}|before|0"], Keys(friday, "item"));
        var inbox = friday.Deliveries.Single(d => d.Key == $"item-sign:{number}|before|0|{Education}|Inbox");
        Assert.Equal(("【临近提醒】2022-批示-001 督办事项签收", link, 0, number), (inbox.Title, inbox.Link, inbox.PlanId, inbox.TaskCode));
        Assert.Equal($"{Education}：2022-批示-001「做好防汛工作」的督办事项签收将于2022年10月9日到期（还有2个工作日），请按时签收。\n办理：{link}", inbox.Body);

        // Sun 9 Oct (worked): 签收 on the day; the due day 3 working days ahead (10, 11, 12) — within the default 3.
        Assert.Equal([$"item-sign:{number}|on-day|0", $"item:{number}|before|0"], Keys(await PlanOnAsync("2022-10-09"), "item"));

        // Signed Mon 10 Oct: on Wed 12 Oct only the due day.
        On("2022-10-10");
        Ok(await Life.StepItemAsync(number, EducationUnit, LifecycleStep.Sign, ct: Ct));
        var wednesday = await PlanOnAsync("2022-10-12");
        Assert.Equal([$"item:{number}|on-day|0"], Keys(wednesday, "item"));
        Assert.Equal("【到期提醒】2022-批示-001 督办事项办结", wednesday.Deliveries.Single(d => d.Key.StartsWith("item:", StringComparison.Ordinal)).Title);

        // Stored once: a second run (or instance) on the same day claims nothing new.
        var first = await Ledger.Reminders.ClaimAsync(wednesday.Deliveries, "a", TimeSpan.FromMinutes(5), Ct);
        var again = await Ledger.Reminders.ClaimAsync((await PlanOnAsync("2022-10-12")).Deliveries, "b", TimeSpan.FromMinutes(5), Ct);
        Assert.Contains(first, d => d.Key == $"item:{number}|on-day|0|{Education}|Inbox");
        Assert.DoesNotContain(again, d => d.TaskCode == number);
        Assert.Single(await Ledger.Reminders.InboxAsync(Education, "edu1", ct: Ct), m => m.Delivery.TaskCode == number);

        // Thu 13 Oct: 1 working day late — 逾期催办 0; once the close is asked for, nothing on Fri 14 Oct.
        Assert.Equal([$"item:{number}|overdue|0"], Keys(await PlanOnAsync("2022-10-13"), "item"));
        On("2022-10-13");
        Ok(await Life.StepItemAsync(number, EducationUnit, LifecycleStep.RequestClose, "已部署落实", ct: Ct));
        Assert.Empty(Keys(await PlanOnAsync("2022-10-14"), "item"));
    }

    [Fact]
    public async Task ExtensionRequest_WaitingForTheOffice_RemindsTheOfficesInboxAndContactsUntilDecided()
    {
        await PlanAsync();
        var contacts = "单位,姓名,角色,邮箱\n督查室,张主任,单位负责人,zhang@example.gov.cn\n督查室,李干事,联络员,li@example.gov.cn\n";
        var imported = await Ledger.Reminders.ImportContactsAsync(new VillageFile("contacts.csv", Encoding.UTF8.GetBytes(contacts)), Ct);
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        On("2022-09-29");
        Ok(await Life.AssignAsync(PlanId, "T2", Office, Ct));
        Ok(await Life.SignAsync(PlanId, "T2", EducationUnit, Ct));
        On("2022-10-10");
        Ok(await Life.RequestExtensionAsync(PlanId, "T2", EducationUnit, D("2023-03-31"), "资金未到位", Ct));
        var id = (await TaskAsync("T2", "2022-10-10")).Lifecycle!.Extensions[0].Id;
        var subject = $"extension:{PlanId}:T2:{id}";

        // Mon 10 Oct, the request's day: no reminder on it (the rule has none).
        Assert.Empty(Keys(await PlanOnAsync("2022-10-10"), "extension:"));
        // Tue 11 Oct: waiting 1 working day — reminder 0; Wed 12: 2 days, still 0 ((2-1)/2); Thu 13: 3 days — reminder 1.
        var tuesday = await PlanOnAsync("2022-10-11");
        Assert.Equal([$"{subject}|overdue|0"], Keys(tuesday, "extension:"));
        var inbox = tuesday.Deliveries.Single(d => d.Key == $"{subject}|overdue|0|{OfficeInbox.Name}|Inbox");
        Assert.Equal(("【逾期催办】T2 延期申请（申请延至2023年3月31日）的审批", "督查室", $"https://dc.example.gov.cn/tasks/T2?plan={PlanId}"), (inbox.Title, inbox.Unit, inbox.Link));
        Assert.Contains("已逾期1个工作日，请立即审批。", inbox.Body, StringComparison.Ordinal);
        var mail = tuesday.Deliveries.Single(d => d.Key == $"{subject}|overdue|0|督查室/李干事|Email");
        Assert.Equal("li@example.gov.cn", mail.Address);
        Assert.Equal([$"{subject}|overdue|0"], Keys(await PlanOnAsync("2022-10-12"), "extension:"));
        Assert.Equal([$"{subject}|overdue|1"], Keys(await PlanOnAsync("2022-10-13"), "extension:"));
        // Mon 17 Oct: 5 working days (11–14, 17) — reminder 2 and the office's head, by e-mail too.
        var monday = await PlanOnAsync("2022-10-17");
        Assert.Equal([$"{subject}|escalate-1|0", $"{subject}|overdue|2"], Keys(monday, "extension:"));
        Assert.Equal("zhang@example.gov.cn", monday.Deliveries.Single(d => d.Key == $"{subject}|escalate-1|0|督查室/张主任|Email").Address);

        // Claimed once; the office's accounts read it in the 督查室 inbox.
        await Ledger.Reminders.ClaimAsync(monday.Deliveries, "a", TimeSpan.FromMinutes(5), Ct);
        Assert.DoesNotContain(await Ledger.Reminders.ClaimAsync((await PlanOnAsync("2022-10-17")).Deliveries, "b", TimeSpan.FromMinutes(5), Ct), d => d.Key.StartsWith("extension:", StringComparison.Ordinal));
        Assert.Equal(2, await Ledger.Reminders.UnreadAsync(OfficeInbox.Name, "office", Ct));
        Assert.Equal(0, (await Ledger.Reminders.InboxAsync(Education, "edu1", ct: Ct)).Count(m => m.Delivery.Key.StartsWith("extension:", StringComparison.Ordinal)));

        // Decided Tue 18 Oct: nothing more.
        On("2022-10-18");
        Ok(await Life.DecideExtensionAsync(PlanId, "T2", Office, grant: false, note: "理由不充分", ct: Ct));
        Assert.Empty(Keys(await PlanOnAsync("2022-10-18"), "extension:"));
        Assert.Empty(Keys(await PlanOnAsync("2022-10-19"), "extension:"));
    }
}

public sealed class SqliteItemAndExtensionReminderTests : ItemAndExtensionReminderTests<SqliteTestDatabase>;

public sealed class PostgresItemAndExtensionReminderTests : ItemAndExtensionReminderTests<PostgresTestDatabase>;
