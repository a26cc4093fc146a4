namespace Luoshi.Domain.Values;

/// <summary>The days a date may fall on: a value dated outside them cannot be true (a milestone done in year 1, a
/// monitoring sample of 2099) and is refused.</summary>
/// <param name="From">The first day allowed.</param>
/// <param name="To">The last day allowed.</param>
public readonly record struct DayWindow(DateOnly From, DateOnly To)
{
    /// <summary>The days of <paramref name="year"/>.</summary>
    public static DayWindow Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The days of the years <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static DayWindow Years(int first, int last) => new(new DateOnly(first, 1, 1), new DateOnly(last, 12, 31));

    /// <summary>The days a register or monitoring record may be dated: from 2000 (before any digital register this
    /// product reads) to the end of the fifth year after <paramref name="today"/>'s. What has not happened cannot have
    /// been recorded, but a ledger's clock may stand years behind the data it is given (the demo's day in 2022, a test's
    /// fixed day with data of 2026), so the bound leaves that margin: enough to refuse 2099 and year 1, never a real file.</summary>
    public static DayWindow Recorded(DateOnly today) => new(new DateOnly(YearRule.First, 1, 1), new DateOnly(today.Year + 5, 12, 31));

    /// <summary>True when <paramref name="day"/> falls in the window.</summary>
    public bool Contains(DateOnly day) => day >= From && day <= To;
}
