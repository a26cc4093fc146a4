using Luoshi.Domain.Periods;
using Luoshi.Domain.Reading;

namespace Luoshi.Storage.Reading.Facts;

/// <summary>One task_facts row read: the reports the task's lead unit sent, and each reported target's facts (its
/// approved and pending values and the periods sent), made once per version of the row and shared by every reading.</summary>
/// <param name="Reports">The sent reports.</param>
/// <param name="Targets">The facts of each target with a value sent.</param>
/// <param name="Unvalued">The facts of a target of the task with no value sent: only the periods sent.</param>
internal sealed record TaskSent(IReadOnlyList<SentReport> Reports, IReadOnlyDictionary<int, TargetFacts> Targets, TargetFacts Unvalued)
{
    public static TaskSent Parse(long periods, string reports, string values)
    {
        var sent = new PeriodSet((uint)periods);
        var byTarget = new Dictionary<int, TargetValues>();
        SentValuesText.ReadValues(values, byTarget);
        return new TaskSent(
            SentValuesText.ReadReports(reports),
            byTarget.ToDictionary(v => v.Key, v => new TargetFacts([.. v.Value.Approved], [.. v.Value.Pending], sent)),
            new TargetFacts([], [], sent));
    }

    /// <summary>The facts of the reported target with storage id <paramref name="targetId"/>.</summary>
    public TargetFacts Of(int targetId) => Targets.GetValueOrDefault(targetId) ?? Unvalued;
}
