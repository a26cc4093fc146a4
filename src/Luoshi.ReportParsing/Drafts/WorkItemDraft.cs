using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Drafts;

/// <summary>A paragraph of work under a section, named by its short lead sentence (e.g. 切实保障和改善民生) when it has one.</summary>
public sealed record WorkItemDraft(string Id, string Section, string? Title, SourceSpan Span);
