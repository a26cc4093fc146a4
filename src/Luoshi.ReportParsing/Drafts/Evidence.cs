using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Drafts;

/// <summary>The words of the report that gave one part of a target, where they are, and the rule that read them.</summary>
/// <param name="Words">The report's own words (以上, 2千, 人次, the subject); empty when a rule supplies the part (a bare
/// number is a floor).</param>
public sealed record Evidence(string Words, SourceSpan? Span, ExplainRule Rule);
