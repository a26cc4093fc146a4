namespace Luoshi.Domain.Progress;

/// <summary>The numbers a field accepts: from <paramref name="Min"/> to <paramref name="Max"/>, whole or not.</summary>
public readonly record struct ValueRange(decimal Min, decimal Max, bool Whole)
{
    /// <summary>The largest size of any reported number (10^12): larger than any county's amount, small enough that a
    /// year of sums can never overflow a decimal.</summary>
    public const decimal Largest = 1_000_000_000_000m;

    /// <summary>Any number of a sensible size.</summary>
    public static ValueRange Any { get; } = new(-Largest, Largest, false);

    /// <summary>True when <paramref name="number"/> is in the range (and whole when it must be).</summary>
    public bool Contains(decimal number) => number >= Min && number <= Max && (!Whole || number == decimal.Truncate(number));
}
