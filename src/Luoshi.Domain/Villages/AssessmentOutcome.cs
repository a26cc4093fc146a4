namespace Luoshi.Domain.Villages;

/// <summary>The total score of an assessment and the highest tier it reaches.</summary>
/// <param name="TierRank">1 for the lowest tier, 0 when none is reached.</param>
/// <param name="Tier">The tier's name, or null when none is reached.</param>
public readonly record struct AssessmentOutcome(decimal Score, int TierRank, string? Tier);
