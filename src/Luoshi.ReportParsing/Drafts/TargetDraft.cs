using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Drafts;

/// <summary>A measurable promise found in a task, with the clause it came from.</summary>
/// <param name="Value">Already scaled (2千 → 2000); for growth, the signed change (下降4.2% → −4.2); null for a milestone or direction.</param>
/// <param name="Upper">The upper end of a range (6%-6.5% → 6.5), else null.</param>
/// <param name="DeadlineStated">False when the report names no time and the plan year's end is assumed.</param>
/// <param name="Explain">Which words gave each part; only when explanations were asked for.</param>
public sealed record TargetDraft(
    string Id,
    string Task,
    string Text,
    TargetKind Kind,
    Comparator Comparator,
    decimal? Value,
    decimal? Upper,
    string? Unit,
    string Subject,
    DateOnly Deadline,
    bool DeadlineStated,
    SourceSpan Span,
    TargetExplanation? Explain = null);
