namespace Luoshi.Domain.Reminders;

/// <summary>Monday to Friday are working days. Until the ledger keeps the State Council's holidays and adjusted
/// working weekends (调休) as data, this is the calendar reminders count by.</summary>
public sealed class WeekendCalendar : IWorkingCalendar
{
    /// <summary>The one instance.</summary>
    public static WeekendCalendar Instance { get; } = new();

    /// <inheritdoc/>
    public bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
