using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Drafts;

/// <summary>A numbered part of the report (一、… is level 1, （一）… level 2); text before any heading is an unnumbered section.</summary>
/// <param name="Review">True for a review of past work (工作回顾): its numbers are results, not targets.</param>
public sealed record SectionDraft(
    string Id,
    string? Number,
    string? Title,
    int Level,
    string? Parent,
    bool Review,
    SourceSpan Span);
