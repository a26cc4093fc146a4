namespace Luoshi.Domain.Villages;

/// <summary>A village's assessment for one year against a standard: the results per criterion and the score and tier
/// the rules gave them. One per village and year; importing the year again replaces it.</summary>
public sealed class VillageAssessment
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>The village (an org unit of kind village).</summary>
    public int VillageId { get; set; }

    /// <summary>The year assessed (评定年度).</summary>
    public int Year { get; set; }

    /// <summary>The standard it was assessed against.</summary>
    public int StandardId { get; set; }

    /// <summary>The day the result took effect: from then on it is the village's standing.</summary>
    public DateOnly AssessedOn { get; set; }

    /// <summary>The total score, computed.</summary>
    public decimal Score { get; set; }

    /// <summary>1 for the standard's lowest tier, 0 when no tier is reached; computed.</summary>
    public int TierRank { get; set; }

    /// <summary>The tier's name, or null; computed.</summary>
    public string? Tier { get; set; }

    /// <summary>The result of every criterion of the standard.</summary>
    public List<CriterionResult> Results { get; set; } = [];
}
