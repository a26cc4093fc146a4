namespace Luoshi.Domain.Households;

/// <summary>A household's per-capita net income (人均纯收入) for one year, in yuan.</summary>
public sealed class HouseholdIncome
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>The household.</summary>
    public int HouseholdId { get; set; }

    /// <summary>The year the income was earned.</summary>
    public int Year { get; set; }

    /// <summary>Yuan per person, at most two decimals.</summary>
    public decimal Amount { get; set; }

    /// <summary>When it was recorded.</summary>
    public DateOnly RecordedOn { get; set; }
}
