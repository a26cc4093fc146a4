namespace Luoshi.Domain.Reading;

/// <summary>What storage gathers for one plan's reading: every target's facts (by target id), every task's sent reports
/// (by task id, for the standings) and, when asked for (<see cref="ReadingParts.Narratives"/>), the words of each
/// task's sent reports in period order (by task id), and each assigned task's lifecycle (by task id).</summary>
public sealed record PlanFacts(
    IReadOnlyDictionary<int, TargetFacts> Targets,
    IReadOnlyDictionary<int, IReadOnlyList<SentReport>> Sent,
    IReadOnlyDictionary<int, IReadOnlyList<TaskNarrative>>? Narratives = null,
    IReadOnlyDictionary<int, Lifecycle.TaskLifecycle>? Lifecycles = null);
