using Luoshi.Domain.Lifecycle;

namespace Luoshi.Domain.Reading;

/// <summary>Everything one task's reading is worked out from besides the plan and the day: each target's facts, the
/// task's sent reports and their words, and its lifecycle. Two readings of the same plan on the same day whose inputs
/// are the same give the same task reading, so a later reading keeps the earlier one (<see cref="PlanReading.Of"/>):
/// after one report is approved, one task of thousands is read again.</summary>
internal sealed record TaskInputs(
    TargetFacts[] Targets, IReadOnlyList<SentReport>? Sent, IReadOnlyList<TaskNarrative>? Narratives, TaskLifecycle? Lifecycle)
{
    public static TaskInputs Of(Plans.PlanTask task, PlanFacts facts)
    {
        var targets = new TargetFacts[task.Targets.Count];
        for (var i = 0; i < targets.Length; i++)
        {
            targets[i] = facts.Targets.GetValueOrDefault(task.Targets[i].Id) ?? TargetFacts.None;
        }

        return new(targets, facts.Sent.GetValueOrDefault(task.Id), facts.Narratives?.GetValueOrDefault(task.Id), facts.Lifecycles?.GetValueOrDefault(task.Id));
    }

    /// <summary>True when <paramref name="other"/> holds the same facts. Storage shares what did not change (a task's sent
    /// facts per version of its row), so most comparisons end at the reference; what is read afresh every time (computed
    /// values, report words, lifecycles) is compared by value.</summary>
    public bool SameAs(TaskInputs other) =>
        Targets.Length == other.Targets.Length
        && Targets.AsSpan().SequenceEqual(other.Targets, FactsComparer.Instance)
        && Same(Sent, other.Sent)
        && Same(Narratives, other.Narratives)
        && SameLifecycle(Lifecycle, other.Lifecycle);

    private static bool Same<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.SequenceEqual(b));

    private static bool SameLifecycle(TaskLifecycle? a, TaskLifecycle? b) =>
        ReferenceEquals(a, b)
        || (a is not null && b is not null
            && a with { Milestones = [], Extensions = [], Notices = [] } == b with { Milestones = [], Extensions = [], Notices = [] }
            && a.Milestones.SequenceEqual(b.Milestones) && a.Extensions.SequenceEqual(b.Extensions) && a.Notices.SequenceEqual(b.Notices));

    private sealed class FactsComparer : IEqualityComparer<TargetFacts>
    {
        public static readonly FactsComparer Instance = new();

        public bool Equals(TargetFacts? a, TargetFacts? b) =>
            ReferenceEquals(a, b)
            || (a is not null && b is not null
                && a.Source == b.Source && a.Nature == b.Nature && a.Note == b.Note && a.Reported.Equals(b.Reported)
                && a.Values.AsSpan().SequenceEqual(b.Values) && a.Pending.AsSpan().SequenceEqual(b.Pending));

        public int GetHashCode(TargetFacts facts) => facts.Values.Length;
    }
}
