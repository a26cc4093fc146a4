namespace Luoshi.Domain.Villages;

/// <summary>One item of a standard's checklist, as the office wrote it in the standard's file.</summary>
/// <param name="Code">Short code the assessment files use (C01), unique in the standard.</param>
/// <param name="Name">What is checked (生活污水有效治理).</param>
/// <param name="Weight">The points it is worth: the full score of a scored criterion, what a met pass/fail one adds
/// (0 for a pure gate that only tiers require).</param>
/// <param name="EvidenceRequired">True when a met or scored criterion must name its evidence (photo, minutes, file number).</param>
public sealed record AssessmentCriterion(string Code, string Name, CriterionKind Kind, decimal Weight, bool EvidenceRequired);
