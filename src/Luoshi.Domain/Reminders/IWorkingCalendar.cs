namespace Luoshi.Domain.Reminders;

/// <summary>Which days offices work: reminders count "N working days before" and "every M working days" by it and
/// send nothing on a day off.</summary>
public interface IWorkingCalendar
{
    /// <summary>True when offices work on <paramref name="day"/>.</summary>
    bool IsWorkingDay(DateOnly day);
}
