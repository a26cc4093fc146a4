namespace Luoshi.Domain.Reminders;

/// <summary>The hours (China time) in which nothing is sent; <see cref="From"/> after <see cref="Until"/> spans
/// midnight (20:00–08:00). Equal times mean no quiet hours.</summary>
public sealed record QuietHours(TimeOnly From, TimeOnly Until)
{
    /// <summary>20:00 to 08:00.</summary>
    public static QuietHours Evenings { get; } = new(new TimeOnly(20, 0), new TimeOnly(8, 0));

    /// <summary>True when <paramref name="time"/> falls in the quiet hours (from inclusive, until exclusive).</summary>
    public bool Contains(TimeOnly time) => From <= Until
        ? time >= From && time < Until
        : time >= From || time < Until;
}
