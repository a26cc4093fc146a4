namespace Luoshi.Domain.Reminders;

/// <summary>A week's working days with the office's year laid over them: public holidays are days off, adjusted working
/// weekends (调休) are working days. Both lists are the office's data (<see cref="ReminderRules"/>), since the State
/// Council announces them each year.</summary>
public sealed class OfficeCalendar(IWorkingCalendar weekdays, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> workingWeekends) : IWorkingCalendar
{
    private readonly HashSet<DateOnly> _off = [.. holidays];
    private readonly HashSet<DateOnly> _worked = [.. workingWeekends];

    /// <inheritdoc/>
    public bool IsWorkingDay(DateOnly day) => _worked.Contains(day) || (!_off.Contains(day) && weekdays.IsWorkingDay(day));
}
