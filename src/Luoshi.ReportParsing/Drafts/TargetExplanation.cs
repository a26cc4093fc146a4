namespace Luoshi.ReportParsing.Drafts;

/// <summary>Why a target reads as it does: the words that gave its comparator, value, unit and subject.</summary>
/// <remarks>Filled only when explanations are asked for (<c>luoshi parse --explain</c>), so an office can see why a
/// promise reads as it does and a miss can be traced to one rule.</remarks>
public sealed record TargetExplanation(Evidence Comparator, Evidence? Value, Evidence? Unit, Evidence Subject);
