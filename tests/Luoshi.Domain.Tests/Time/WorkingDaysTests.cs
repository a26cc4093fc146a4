using System.Globalization;
using Luoshi.Domain.Time;

namespace Luoshi.Domain.Tests.Time;

/// <summary>Working days by the State Council's notices, each answer counted on a calendar by hand.</summary>
public sealed class WorkingDaysTests
{
    private static DateOnly D(string day) => DateOnly.Parse(day, CultureInfo.InvariantCulture);

    [Theory]
    // Assigned Thu 29 Sep 2022, 3 working days to sign: Fri 30 Sep (1), 1–7 Oct off, Sat 8 Oct (2, 调休), Sun 9 Oct (3).
    [InlineData("2022-09-29", 3, "2022-10-09")]
    [InlineData("2022-09-30", 1, "2022-10-08")]
    // 2023 元旦 from Sat 31 Dec 2022 to Mon 2 Jan: Fri 30 Dec + 1 is Tue 3 Jan.
    [InlineData("2022-12-30", 1, "2023-01-03")]
    // 2025: Fri 26 Sep + 1 is Sun 28 Sep (调休上班), + 2 is Mon 29 Sep, + 3 is Tue 30 Sep, + 4 is Thu 9 Oct (1–8 Oct off).
    [InlineData("2025-09-26", 1, "2025-09-28")]
    [InlineData("2025-09-26", 4, "2025-10-09")]
    // 2026 春节: Sat 14 Feb is worked, 15–23 Feb off, so Fri 13 Feb + 2 is Tue 24 Feb.
    [InlineData("2026-02-13", 1, "2026-02-14")]
    [InlineData("2026-02-13", 2, "2026-02-24")]
    // An ordinary week: Fri 10 Jun 2022 + 3 is Wed 15 Jun.
    [InlineData("2022-06-10", 3, "2022-06-15")]
    public void Add_AcrossHolidays_CountsOnlyWorkingDays(string from, int count, string expected) =>
        Assert.Equal(D(expected), WorkingDays.Shipped.Add(D(from), count));

    [Theory]
    [InlineData("2022-10-08", true)]
    [InlineData("2022-10-03", false)]
    [InlineData("2022-10-15", false)]
    [InlineData("2023-06-25", true)]
    [InlineData("2026-01-02", false)]
    [InlineData("2026-01-04", true)]
    public void IsWorkingDay_NoticeDays_FollowNotice(string day, bool working) =>
        Assert.Equal(working, WorkingDays.Shipped.IsWorkingDay(D(day)));

    [Fact]
    public void Between_AfterNationalDay2022_CountsAdjustedWeekend()
    {
        // Due Fri 30 Sep; on Mon 10 Oct it is 3 working days late (Sat 8, Sun 9, Mon 10 Oct).
        Assert.Equal(3, WorkingDays.Shipped.Between(D("2022-09-30"), D("2022-10-10")));
        Assert.Equal(0, WorkingDays.Shipped.Between(D("2022-10-10"), D("2022-10-01")));
    }

    [Fact]
    public void Shipped_Years_AreTheNoticesShipped()
    {
        Assert.Equal([2022, 2023, 2024, 2025, 2026], WorkingDays.Shipped.Years.Select(y => y.Year).Order());
        Assert.False(WorkingDays.Shipped.Covers(2027));
        // 2022: 元旦 3, 春节 7, 清明 3, 劳动节 5, 端午 3, 中秋 3, 国庆 7 = 31 days off; 7 adjusted working weekends.
        var y2022 = WorkingDays.Shipped.Years.Single(y => y.Year == 2022);
        Assert.Equal((31, 7), (y2022.DaysOff.Count, y2022.WorkingWeekends.Count));
        Assert.Contains("国办发明电〔2021〕11号", y2022.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void With_OfficeYear_ReplacesWeekdayFallback()
    {
        // Without a 2027 notice, Fri 1 Oct 2027 is a working day; the office's file makes it a day off.
        var (year, problems) = HolidayFile.Parse("2027.txt", "年份 2027\n放假 2027-10-01 2027-10-07 国庆节\n上班 2027-10-09 国庆节调休\n");
        Assert.Empty(problems);
        Assert.True(WorkingDays.Shipped.IsWorkingDay(D("2027-10-01")));
        var calendar = WorkingDays.Shipped.With(year!);
        Assert.False(calendar.IsWorkingDay(D("2027-10-01")));
        // Thu 30 Sep + 1 is Fri 8 Oct, + 2 the worked Sat 9 Oct.
        Assert.Equal((D("2027-10-08"), D("2027-10-09")), (calendar.Add(D("2027-09-30"), 1), calendar.Add(D("2027-09-30"), 2)));
    }

    [Fact]
    public void Left_AndBetween_NationalDay2026()
    {
        // 2026 as the State Council announced it: 1–7 October off (Thursday to Wednesday), Saturday 10 October worked.
        var days = WorkingDays.Shipped;
        Assert.False(days.IsWorkingDay(D("2026-10-05")));  // Monday, holiday
        Assert.True(days.IsWorkingDay(D("2026-10-10")));   // Saturday, worked
        // From Wednesday 30 September to Monday 12 October: 8 (Thu), 9, 10 (Sat) and 12 count; 4 (8 by weekends only).
        Assert.Equal(4, days.Between(D("2026-09-30"), D("2026-10-12")));
        Assert.Equal(8, WorkingDays.WeekendsOnly.Between(D("2026-09-30"), D("2026-10-12")));
        // Left: from Saturday 10 October, Monday 12 is 1 working day away; a due day on a holiday still counts as one.
        Assert.Equal(1, days.Left(D("2026-10-10"), D("2026-10-12")));
        Assert.Equal(1, days.Left(D("2026-09-30"), D("2026-10-03")));
        Assert.Equal(0, days.Left(D("2026-10-12"), D("2026-10-12")));
    }

    [Fact]
    public void ShippedText_IsTheFileOfTheYear()
    {
        Assert.StartsWith("# 国务院办公厅关于2026年部分节假日安排的通知", WorkingDays.ShippedText(2026), StringComparison.Ordinal);
        Assert.Null(WorkingDays.ShippedText(2031));
    }
}
