using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Drafts;

/// <summary>One sentence of work (重点任务) with the units proposed to carry it out.</summary>
/// <param name="UnitsSuggested">True when the units come from the keyword table, not from the report itself.</param>
public sealed record TaskDraft(
    string Id,
    string Section,
    string WorkItem,
    string Text,
    SourceSpan Span,
    string? LeadUnit,
    IReadOnlyList<string> SupportingUnits,
    bool UnitsSuggested);
