namespace Luoshi.Domain.Villages;

/// <summary>What an assessment found for one criterion.</summary>
/// <param name="Code">The criterion's code.</param>
/// <param name="Passed">For a pass/fail criterion: met or not; null for a scored one.</param>
/// <param name="Score">For a scored criterion: the points given; null for a pass/fail one.</param>
/// <param name="Evidence">Where the proof is (a file number, photo set, minutes), or null.</param>
public sealed record CriterionResult(string Code, bool? Passed, decimal? Score, string? Evidence);
