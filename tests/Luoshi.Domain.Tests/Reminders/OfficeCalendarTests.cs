using Luoshi.Domain.Reminders;

namespace Luoshi.Domain.Tests.Reminders;

/// <summary>The office's holidays and working weekends laid over Monday to Friday, on the 2026 National Day week as the
/// State Council announced it: 1–7 October off (Thursday to Wednesday), Sunday 27 September and Saturday 10 October worked.</summary>
public sealed class OfficeCalendarTests
{
    private static readonly ReminderRules NationalDay = new(
        [ReminderRule.DefaultFor(DueKind.Report)], QuietHours.Evenings,
        [.. Enumerable.Range(1, 7).Select(d => new DateOnly(2026, 10, d))],
        [new DateOnly(2026, 9, 27), new DateOnly(2026, 10, 10)]);

    [Fact]
    public void Calendar_HolidaysOffWorkingWeekendsOn()
    {
        var calendar = NationalDay.Calendar(WeekendCalendar.Instance);

        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 9, 27)));   // Sunday, worked
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 10, 1)));  // Thursday, holiday
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 10, 5)));  // Monday, holiday
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 10, 9)));   // Friday
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 10, 10)));  // Saturday, worked
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 10, 11))); // Sunday
        // From Wednesday 30 September to Monday 12 October: 8 October (Thu), 9, 10 and 12 count; 4.
        Assert.Equal(4, WorkingDays.After(calendar, new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 12)));
        Assert.Equal(8, WorkingDays.After(WeekendCalendar.Instance, new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 12)));
        Assert.Same(WeekendCalendar.Instance, ReminderRules.Default.Calendar(WeekendCalendar.Instance));
    }

    [Fact]
    public void Plan_OnAHoliday_HeldAndOnAWorkingSunday_Sent()
    {
        var item = new DueItem(DueKind.Report, "report:1:T1:10", 1, "T1", "任务", new("2026年10月进展报告", "progress report for 2026-10"), "人社局",
            new DateOnly(2026, 10, 12), "/reports/new?plan=1&task=T1&period=10");
        var china = TimeSpan.FromHours(8);

        var holiday = ReminderPlanner.Plan(NationalDay, [item], new DateTimeOffset(2026, 10, 2, 10, 0, 0, china), NationalDay.Calendar(WeekendCalendar.Instance));
        var saturday = ReminderPlanner.Plan(NationalDay, [item], new DateTimeOffset(2026, 10, 10, 10, 0, 0, china), NationalDay.Calendar(WeekendCalendar.Instance));

        Assert.Empty(holiday.Reminders);
        Assert.Equal("今天不是工作日，不发送提醒", holiday.Held?.Zh);
        // Saturday 10 October is worked; Monday the 12th is 1 working day away, within the default 3.
        var before = Assert.Single(saturday.Reminders);
        Assert.Equal((ReminderStage.Before, 1), (before.Stage, before.DaysLeft));
    }

    [Fact]
    public void Check_ADayBothOffAndWorkedOrAWeekdayWorked_Refused()
    {
        var rules = NationalDay with { WorkingWeekends = [new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 9)] };

        Assert.Equal(
            ["working_weekends: 2026年10月1日不能既是节假日又是调休上班日", "working_weekends: 2026年10月1日不是周末，无需列为调休上班日", "working_weekends: 2026年10月9日不是周末，无需列为调休上班日"],
            rules.Check().Select(p => $"{p.Place!.Field}: {p.Message.Zh}"));
        Assert.Empty(NationalDay.Check());
    }

    [Fact]
    public void ParseDays_CommasSpacesAndNewLines_SortedOnceOrTheFirstThatIsNoDate()
    {
        var (days, wrong) = ReminderRules.ParseDays("2026-10-02，2026-10-01\n2026-10-02  2026-10-03", "holidays");
        var (_, bad) = ReminderRules.ParseDays("2026-10-01, 10月2日", "holidays");

        Assert.Null(wrong);
        Assert.Equal([new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 3)], days);
        Assert.Equal(("holidays", "“10月2日”不是日期（应为 YYYY-MM-DD）"), (bad?.Place?.Field, bad?.Message.Zh));
    }
}
