namespace Luoshi.Domain.Villages;

/// <summary>A village assessment standard (美丽宜居村标准 2022) as data the office edits: a checklist and the tiers it
/// leads to. Its tiers are computed from the results, never typed in.</summary>
public sealed class AssessmentStandard
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>The name the office gives it, unique (美丽宜居村2022).</summary>
    public required string Name { get; set; }

    /// <summary>The checklist, in the file's order.</summary>
    public List<AssessmentCriterion> Criteria { get; set; } = [];

    /// <summary>The tiers, lowest first.</summary>
    public List<AssessmentTier> Tiers { get; set; } = [];
}
