using Luoshi.Domain.Reminders;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Tests.Databases;
using Luoshi.Storage.Tests.Lifecycle;

namespace Luoshi.Storage.Tests.Calendar;

/// <summary>The ledger's one working-day calendar: the office's holiday files (refused whole, each wrong line named),
/// the export, the 签收 limit counted by it, and the migration that moved the reminder rules' holidays into it.</summary>
public abstract class CalendarTests<TDatabase> : LifecycleFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Fact]
    public async Task Import_BadFileRefusedWholeUnitForbidden_GoodFileCountsForTheSignLimit()
    {
        await PlanAsync();
        var calendar = Ledger.Calendar;

        var forbidden = await calendar.ImportAsync(EducationUnit, "2022.txt", "年份 2022\n", Ct);
        Assert.Equal(ProblemKind.Forbidden, Assert.Single(forbidden.Problems).Kind);
        var bad = await calendar.ImportAsync(Office, "2022.txt", "年份 2022\n放假 2022-09-30 2022-09-3O 测试\n节日 2022-10-01\n上班 2022-10-10 周一\n", Ct);
        Assert.Equal(
            [
                "2022.txt，第 2 行，截止日 字段：“2022-09-3O”不是日期（应为 YYYY-MM-DD）",
                "2022.txt，第 3 行，类别 字段：应为“年份 YYYY”、“放假 YYYY-MM-DD [YYYY-MM-DD] 名称”或“上班 YYYY-MM-DD 说明”",
                "2022.txt，第 4 行，日期 字段：2022-10-10 不是周末，调休上班日应为周六或周日",
            ],
            bad.Problems.Select(p => p.ToWords().Zh));
        Assert.Equal("2022.txt, line 3, field 类别: expected \"年份 YYYY\", \"放假 YYYY-MM-DD [YYYY-MM-DD] name\" or \"上班 YYYY-MM-DD note\"", bad.Problems[1].ToWords().En);
        Assert.Equal(0, await CountAsync("holiday_years"));

        // Shipped 2022: assigned Thu 29 Sep, 3 working days: Fri 30 Sep, Sat 8 Oct (调休), Sun 9 Oct.
        On("2022-09-29");
        Ok(await Life.AssignAsync(PlanId, "T1", Office, Ct));
        Assert.Equal(D("2022-10-09"), (await TaskAsync("T1", "2022-09-29")).Lifecycle!.SignDue);

        // The office's 2022 file makes Fri 30 Sep a day off too: Sat 8, Sun 9, Mon 10 Oct.
        var shipped = await calendar.ExportAsync(2022, Ct);
        Assert.StartsWith("# 国务院办公厅关于2022年部分节假日安排的通知", shipped.Value, StringComparison.Ordinal);
        var good = await calendar.ImportAsync(Office, "2022-office.txt", shipped.Value + "放假 2022-09-30 本地调整\n", Ct);
        Assert.True(good.Succeeded, string.Join("; ", good.Problems));
        Ok(await Life.AssignAsync(PlanId, "T2", Office, Ct));
        Assert.Equal(D("2022-10-10"), (await TaskAsync("T2", "2022-09-29")).Lifecycle!.SignDue);

        var years = await calendar.YearsAsync(Ct);
        Assert.Equal([2022, 2023, 2024, 2025, 2026], years.Select(y => y.Year.Year));
        Assert.Equal((true, "2022-office.txt", 32), (years[0].Imported, years[0].FileName, years[0].Year.DaysOff.Count));
        Assert.False(years[1].Imported);
        Assert.EndsWith("放假 2022-09-30 本地调整\n", (await calendar.ExportAsync(2022, Ct)).Value, StringComparison.Ordinal);
        Assert.Equal(ProblemKind.NotFound, (await calendar.ExportAsync(2031, Ct)).Error!.Kind);
        Assert.Equal("settings.holidays", (await Ledger.AuditAsync(1, "settings", Ct))[0].Action);
    }

    [Fact]
    public async Task Migration_ReminderRuleHolidays_MoveIntoTheCalendar()
    {
        var rules = new ReminderRules([new ReminderRule(DueKind.Report, 2, true, 1, 3, 6)], QuietHours.Evenings);
        Assert.True((await Ledger.Reminders.SetRulesAsync(rules, Ct)).Succeeded);
        Assert.True((await Ledger.Calendar.ImportAsync(Office, "2027.txt", "年份 2027\n放假 2027-10-01 2027-10-07 国庆节\n", Ct)).Succeeded);

        // The ledger as it was before the one calendar: the office's days in the reminder rules.
        await Ledger.MigrateToAsync(Options, "ReadingRevisions", Ct);
        Assert.Equal(1, await Database.ExecuteAsync(
            """UPDATE reminder_settings SET rules = replace(rules, '{"Rules"', '{"Holidays":["2026-03-25","2026-03-29","2027-01-04"],"WorkingWeekends":["2026-03-28"],"Rules"')"""));
        await using var upgraded = await Ledger.OpenAsync(Options, "王科员", Clock, Ct);

        var days = await upgraded.Calendar.WorkingDaysAsync(Ct);
        Assert.False(days.IsWorkingDay(D("2026-03-25")));  // Wednesday, the office's holiday
        Assert.True(days.IsWorkingDay(D("2026-03-28")));   // Saturday, the office's working weekend
        Assert.False(days.IsWorkingDay(D("2026-10-01")));  // the shipped notice kept
        Assert.False(days.IsWorkingDay(D("2027-01-04")));  // Monday, added to the office's 2027 file
        Assert.False(days.IsWorkingDay(D("2027-10-04")));  // the office's 2027 file kept
        var y2026 = (await upgraded.Calendar.ExportAsync(2026, Ct)).Value!;
        Assert.Contains("放假 2026-10-01 2026-10-07 国庆节", y2026, StringComparison.Ordinal);
        Assert.Contains("\n放假 2026-03-25 节假日\n", y2026, StringComparison.Ordinal);
        Assert.Contains("\n上班 2026-03-28 调休上班\n", y2026, StringComparison.Ordinal);
        // A Sunday holiday changed nothing before, and is left out.
        Assert.DoesNotContain("2026-03-29", y2026, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("reminder_settings WHERE rules LIKE '%Holidays%'"));
        Assert.True(rules.WithEveryKind().Same(await upgraded.Reminders.RulesAsync(Ct)));
    }
}

public sealed class SqliteCalendarTests : CalendarTests<SqliteTestDatabase>;

public sealed class PostgresCalendarTests : CalendarTests<PostgresTestDatabase>;
