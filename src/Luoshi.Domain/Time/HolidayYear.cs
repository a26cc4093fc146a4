namespace Luoshi.Domain.Time;

/// <summary>One State Council holiday notice: the year it is for, its days off and its adjusted working weekends (调休上班).</summary>
/// <param name="Year">The year the notice arranges (元旦 may start on 31 December of the year before).</param>
/// <param name="DaysOff">Every day off it names (放假), weekends inside a holiday included.</param>
/// <param name="WorkingWeekends">Saturdays and Sundays it makes working days.</param>
/// <param name="Source">Where the notice came from: the first comment line of its file, or the file name.</param>
public sealed record HolidayYear(int Year, IReadOnlySet<DateOnly> DaysOff, IReadOnlySet<DateOnly> WorkingWeekends, string Source);
