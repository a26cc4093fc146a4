namespace Luoshi.Domain.Reminders;

/// <summary>Counting working days between two days by a <see cref="IWorkingCalendar"/>.</summary>
public static class WorkingDays
{
    /// <summary>The working days after <paramref name="from"/> up to and including <paramref name="to"/>; 0 when
    /// <paramref name="to"/> is not after <paramref name="from"/>. The day before a Monday deadline, a Friday, has 1.</summary>
    public static int After(IWorkingCalendar calendar, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            count += calendar.IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The working days left from <paramref name="day"/> to <paramref name="due"/>: those after the day up to
    /// the due day, the due day counting even when it falls on a day off (a report due on a Saturday leaves Friday
    /// one day). 0 when the day is not before the due day.</summary>
    public static int Left(IWorkingCalendar calendar, DateOnly day, DateOnly due)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return day >= due ? 0 : After(calendar, day, due) + (calendar.IsWorkingDay(due) ? 0 : 1);
    }
}
