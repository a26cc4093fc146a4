namespace Luoshi.Domain.Periods;

/// <summary>A set of period numbers (1–32) in one word, for the evaluation's hot loop.</summary>
public readonly record struct PeriodSet(uint Bits)
{
    /// <summary>The set with <paramref name="period"/> added.</summary>
    public PeriodSet With(int period) => new(Bits | Bit(period));

    /// <summary>True when <paramref name="period"/> is in the set.</summary>
    public bool Contains(int period) => (Bits & Bit(period)) != 0;

    private static uint Bit(int period) =>
        period is >= 1 and <= 32 ? 1u << (period - 1) : throw new ArgumentOutOfRangeException(nameof(period), period, "periods are numbered 1 to 32");
}
