using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Reading;
using Luoshi.Domain.Reminders;
using Luoshi.Domain.Time;

namespace Luoshi.Domain.Tests.Reminders;

/// <summary>The plan of reminders for a moment, worked out by hand on the 2026 calendar (weekends off).</summary>
public sealed class ReminderPlannerTests
{
    // Monday to Friday only: these cases are about the rule, not the year's holidays.
    private static readonly WorkingDays Weekends = WorkingDays.WeekendsOnly;

    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>A monthly plan due on the 28th: 人社局 sent January and February for T1, 财政局 nothing for T2; T3 has no unit.</summary>
    private static PlanReading Reading(DateOnly asOf)
    {
        var plan = new Plan
        {
            Id = 7, Region = "测试县", Year = 2026, SourceName = "r.txt", SourceText = "", SourceHash = "",
            Cadence = ReportingCadence.MonthlyByDay(28),
            Sections = [new Section { Code = "S1", Number = "一", Title = "民生", Level = 1 }],
            Tasks =
            [
                new PlanTask { Id = 1, Code = "T1", SectionCode = "S1", Text = "实施职业技能培训", LeadUnit = "人社局", Deadline = new DateOnly(2026, 12, 31) },
                new PlanTask { Id = 2, Code = "T2", SectionCode = "S1", Text = "深化预算管理改革", LeadUnit = "财政局", Deadline = new DateOnly(2026, 12, 31) },
                new PlanTask { Id = 3, Code = "T3", SectionCode = "S1", Text = "未分配的任务", Deadline = new DateOnly(2026, 12, 31) },
            ],
        };
        var sent = new Dictionary<int, IReadOnlyList<SentReport>>
        {
            [1] = [new SentReport(1, "人社局", null), new SentReport(2, "人社局", null)],
        };
        return PlanReading.Of(plan, new PlanFacts(new Dictionary<int, TargetFacts>(), sent), asOf);
    }

    private static IReadOnlyList<DueItem> Due(DateOnly asOf, DateOnly until) => [.. new ReportsDue().Due(Reading(asOf), until)];

    [Fact]
    public void Due_OverdueAndComingPeriods_AreTheUnsentReports()
    {
        var items = Due(new DateOnly(2026, 3, 25), new DateOnly(2026, 3, 31));

        // Overdue as the reading says (T2's January and February), then March, due the 28th, for both units.
        Assert.Equal(["report:7:T1:3", "report:7:T2:1", "report:7:T2:2", "report:7:T2:3"], items.Select(i => i.Subject).Order(StringComparer.Ordinal));
        var march = items.Single(i => i.Subject == "report:7:T1:3");
        Assert.Equal(("人社局", new DateOnly(2026, 3, 28)), (march.Unit, march.Due));
        Assert.Equal("/reports/new?plan=7&task=T1&period=3", march.Link);
        Assert.Equal("2026年3月进展报告", march.What.Zh);
    }

    [Fact]
    public void Plan_Wednesday25March_BeforeForMarchAndOverdueWithEscalations()
    {
        var items = Due(new DateOnly(2026, 3, 25), new DateOnly(2026, 3, 31));

        var day = ReminderPlanner.Plan(ReminderRules.Default, items, new DateTimeOffset(2026, 3, 25, 10, 0, 0, China), Weekends);

        // March is due Saturday the 28th: Thursday, Friday and the due day itself leave 3 working days.
        // January (due Wed 28 Jan) is 2 + 20 + 18 = 40 working days late: repetition (40-1)/2 = 19, both escalations.
        // February (due Sat 28 Feb) is 18 working days late: repetition 8, both escalations.
        Assert.Null(day.Held);
        Assert.Equal(
            [
                "report:7:T1:3|before|0", "report:7:T2:1|escalate-1|0", "report:7:T2:1|escalate-2|0", "report:7:T2:1|overdue|19",
                "report:7:T2:2|escalate-1|0", "report:7:T2:2|escalate-2|0", "report:7:T2:2|overdue|8", "report:7:T2:3|before|0",
            ],
            day.Reminders.Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.Equal(3, day.Reminders.Single(r => r.Key == "report:7:T1:3|before|0").DaysLeft);
        Assert.Equal(40, day.Reminders.Single(r => r.Key == "report:7:T2:1|overdue|19").DaysLeft);
        Assert.Equal(RecipientRole.LeaderInCharge, day.Reminders.Single(r => r.Key == "report:7:T2:2|escalate-2|0").To);
    }

    [Fact]
    public void Plan_OnAHolidayHeld_OnAWorkedSaturdaySent_ByTheShippedCalendar()
    {
        // 2026 National Day by the State Council's notice: 1–7 October off, Saturday 10 October worked.
        var item = new DueItem(DueKind.Report, "report:1:T1:10", 1, "T1", "任务", new("2026年10月进展报告", "progress report for 2026-10"), "人社局",
            new DateOnly(2026, 10, 12), "/reports/new?plan=1&task=T1&period=10");

        var holiday = ReminderPlanner.Plan(ReminderRules.Default, [item], new DateTimeOffset(2026, 10, 2, 10, 0, 0, China), WorkingDays.Shipped);
        var saturday = ReminderPlanner.Plan(ReminderRules.Default, [item], new DateTimeOffset(2026, 10, 10, 10, 0, 0, China), WorkingDays.Shipped);

        Assert.Empty(holiday.Reminders);
        Assert.Equal("今天不是工作日，不发送提醒", holiday.Held?.Zh);
        // Monday the 12th is 1 working day from the worked Saturday, within the default 3.
        var before = Assert.Single(saturday.Reminders);
        Assert.Equal((ReminderStage.Before, 1), (before.Stage, before.DaysLeft));
    }

    [Fact]
    public void Plan_SaturdayOrQuietHours_SendsNothingAndSaysWhy()
    {
        var items = Due(new DateOnly(2026, 3, 25), new DateOnly(2026, 3, 31));

        var saturday = ReminderPlanner.Plan(ReminderRules.Default, items, new DateTimeOffset(2026, 3, 28, 10, 0, 0, China), Weekends);
        var evening = ReminderPlanner.Plan(ReminderRules.Default, items, new DateTimeOffset(2026, 3, 25, 21, 0, 0, China), Weekends);
        // 07:59 China time is 23:59 UTC of the day before: still quiet, and still the 26th in China.
        var dawn = ReminderPlanner.Plan(ReminderRules.Default, items, new DateTimeOffset(2026, 3, 25, 23, 59, 0, TimeSpan.Zero), Weekends);

        Assert.Equal(("今天不是工作日，不发送提醒", 0), (saturday.Held?.Zh, saturday.Reminders.Count));
        Assert.Equal(("现在是免打扰时段（20:00–08:00），不发送提醒", 0), (evening.Held?.Zh, evening.Reminders.Count));
        Assert.Equal((new DateOnly(2026, 3, 26), 0), (dawn.Day, dawn.Reminders.Count));
    }

    [Theory]
    [InlineData("2026-04-02", "before:0")]
    [InlineData("2026-04-03", "on-day:0")]
    [InlineData("2026-04-06", "overdue:0")]
    [InlineData("2026-04-07", "overdue:0")]
    [InlineData("2026-04-08", "overdue:1")]
    [InlineData("2026-04-10", "overdue:2 escalate-1:0")]
    [InlineData("2026-04-17", "overdue:4 escalate-1:0 escalate-2:0")]
    public void Plan_ItemDueFriday3April_StageAndRepetitionByWorkingDays(string day, string expected)
    {
        // Due Friday 3 April; 1 working day before, on the day, every 2 working days, escalations after 5 and 10.
        var rules = new ReminderRules([new ReminderRule(DueKind.Report, 1, true, 2, 5, 10)], QuietHours.Evenings);
        var item = new DueItem(DueKind.Report, "report:1:T9:4", 1, "T9", "任务", new("4月报告", "April"), "某局", new DateOnly(2026, 4, 3), "/x");
        var at = new DateTimeOffset(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(9, 0)), China);

        var plan = ReminderPlanner.Plan(rules, [item], at, Weekends);

        Assert.Equal(expected, string.Join(' ', plan.Reminders.Select(r => r.Key["report:1:T9:4|".Length..].Replace('|', ':'))));
    }

    [Fact]
    public void Body_Overdue_NamesUnitTaskDueDayLatenessAndLink()
    {
        var item = Due(new DateOnly(2026, 3, 25), new DateOnly(2026, 3, 31)).Single(i => i.Subject == "report:7:T2:2");
        var reminder = new PlannedReminder(item, ReminderStage.Overdue, 8, RecipientRole.Contact, 18);

        var body = Luoshi.Domain.Wording.Catalogue.Reminders.Body(reminder, "https://dc.example.gov.cn" + item.Link);

        Assert.Equal(
            "财政局：T2「深化预算管理改革」的2026年2月进展报告应于2026年2月28日报送，已逾期18个工作日，请立即报送。\n办理：https://dc.example.gov.cn/reports/new?plan=7&task=T2&period=2",
            body.Zh);
        Assert.Equal("【逾期催办】T2 2026年2月进展报告", Luoshi.Domain.Wording.Catalogue.Reminders.Title(reminder).Zh);
    }

    [Fact]
    public void Check_SecondEscalationNotAfterFirstOrZeroDays_RefusedAtTheField()
    {
        var rules = new ReminderRules([new ReminderRule(DueKind.Report, 0, true, 2, 5, 5)], QuietHours.Evenings);

        var problems = rules.Check();

        Assert.Equal(["days_before", "escalate_again_after"], problems.Select(p => p.Place!.Field));
        Assert.Equal("再次督办的天数（5）应大于首次督办的天数（5）", problems[1].Message.Zh);
        Assert.Empty(ReminderRules.Default.Check());
    }

    [Fact]
    public void Left_FridayBeforeSaturdayDue_IsOneDay()
    {
        Assert.Equal(1, Weekends.Left(new DateOnly(2026, 3, 27), new DateOnly(2026, 3, 28)));
        Assert.Equal(1, Weekends.Left(new DateOnly(2026, 4, 27), new DateOnly(2026, 4, 28)));
        Assert.Equal(0, Weekends.Left(new DateOnly(2026, 4, 28), new DateOnly(2026, 4, 28)));
    }
}
