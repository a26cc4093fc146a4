using Luoshi.Domain.Progress;

namespace Luoshi.Domain.Reading;

/// <summary>What storage gathers for one plan's reading: every target's facts (by target id) and, when asked for
/// (<see cref="ReadingParts"/>), every report's summary (for deadlines kept and missed) and the words of each task's
/// sent reports in period order (by task id).</summary>
public sealed record PlanFacts(
    IReadOnlyDictionary<int, TargetFacts> Targets,
    IReadOnlyList<ReportSummary>? Reports = null,
    IReadOnlyDictionary<int, IReadOnlyList<TaskNarrative>>? Narratives = null);
