using Luoshi.ReportParsing.Drafts;

namespace Luoshi.ReportParsing.Outline;

/// <summary>A sentence that may become a task, with the section and work item it sits under.</summary>
internal readonly record struct OutlineSentence(int Start, int End, string Section, string WorkItem, bool Review);

/// <summary>The report's structure: sections, work items and the sentences under them.</summary>
internal sealed record ReportOutline(
    IReadOnlyList<SectionDraft> Sections,
    IReadOnlyList<WorkItemDraft> WorkItems,
    IReadOnlyList<OutlineSentence> Sentences);
