namespace Luoshi.Domain.Time;

/// <summary>The years a ledger holds: 2000 to 2100. A plan, a register, an income line or a day to read the ledger as
/// of outside them cannot be true of a work report, and would only make date arithmetic overflow (0001-01-01 has no
/// day before it).</summary>
public static class LedgerYears
{
    /// <summary>The first year.</summary>
    public const int First = 2000;

    /// <summary>The last year.</summary>
    public const int Last = 2100;

    /// <summary>1 January of the first year.</summary>
    public static DateOnly FirstDay { get; } = new(First, 1, 1);

    /// <summary>31 December of the last year.</summary>
    public static DateOnly LastDay { get; } = new(Last, 12, 31);

    /// <summary>True when <paramref name="year"/> is one of the ledger's years.</summary>
    public static bool Contains(int year) => year is >= First and <= Last;

    /// <summary>True when <paramref name="day"/> falls in one of the ledger's years.</summary>
    public static bool Contains(DateOnly day) => Contains(day.Year);
}
