namespace Luoshi.Domain.Villages;

/// <summary>A village's collective operating income (集体经济经营性收入) for one year, in 万元.</summary>
public sealed class CollectiveIncome
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>The village.</summary>
    public int VillageId { get; set; }

    /// <summary>The year.</summary>
    public int Year { get; set; }

    /// <summary>The income in 万元 (ten thousand yuan).</summary>
    public decimal Amount { get; set; }
}
