namespace Luoshi.Domain.Time;

/// <summary>"Today" and the calendar day of an instant, in China Standard Time (UTC+8, no daylight saving): the day
/// deadlines, flags and on-time reports are judged by, whatever the server's own time zone. The one home of that rule:
/// nothing else reads a clock's date.</summary>
public static class ChinaTime
{
    /// <summary>China Standard Time's offset from UTC.</summary>
    public static TimeSpan Offset { get; } = TimeSpan.FromHours(8);

    /// <summary>The calendar day in China of <paramref name="at"/>.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    /// <summary>Today in China by <paramref name="clock"/> (the system clock in production, a fixed one in tests).</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DayOf(clock.GetUtcNow());
    }

    /// <summary><paramref name="at"/> in China Standard Time.</summary>
    public static DateTimeOffset InChina(DateTimeOffset at) => at.ToOffset(Offset);

    /// <summary>The instant a day begins in China.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);
}
