namespace Luoshi.Domain.Villages;

/// <summary>A tier of a standard (干净整洁村 / 美丽宜居村 / 特色精品村): the score it needs and the pass/fail criteria
/// that must be met. Tiers are listed lowest first, and a higher tier also needs everything a lower one needs.</summary>
/// <param name="Name">The tier's name, which bindings and summaries use.</param>
/// <param name="MinScore">The least total score.</param>
/// <param name="Required">Codes of pass/fail criteria that must be met, besides those of the tiers below.</param>
public sealed record AssessmentTier(string Name, decimal MinScore, IReadOnlyList<string> Required);
