namespace Luoshi.Domain.Villages.Standards;

/// <summary>One row of an assessment file, read and checked on its own: a village's result on one criterion of the
/// standard in one year.</summary>
/// <param name="Row">The row's line (or sheet row) in its file.</param>
/// <param name="AssessedOn">The day the result took effect, when the file gives one.</param>
public sealed record AssessmentLine(int Row, int VillageId, string VillageCode, int Year, CriterionResult Result, DateOnly? AssessedOn);
