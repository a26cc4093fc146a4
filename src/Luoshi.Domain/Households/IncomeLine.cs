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

    /// <summary>Null when a line of <paramref name="amount"/> yuan may be set for <paramref name="year"/>, else the field
    /// at fault and why: a year the ledger keeps, an amount above 0 with at most 2 decimals, under 100,000,000.</summary>
    public static (string Field, Wording.Words Problem)? Check(int year, decimal amount) =>
        !Values.YearRule.Allows(year) ? ("year", Wording.Catalogue.Households.LineYear(year))
        : amount <= 0 || amount.Scale > 2 || amount >= 100_000_000m ? ("amount", Wording.Catalogue.Households.LineAmount(amount))
        : null;
}
