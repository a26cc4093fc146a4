namespace Luoshi.Domain.Households;

/// <summary>The monitoring income line (防返贫监测收入标准) of one year, set by the office: a household whose
/// per-capita net income for the year is under it is flagged.</summary>
public sealed class IncomeLine
{
    /// <summary>The year, which is also the key.</summary>
    public int Year { get; set; }

    /// <summary>Yuan per person per year.</summary>
    public decimal Amount { get; set; }

    /// <summary>When it was last set.</summary>
    public DateOnly SetOn { get; set; }
}
