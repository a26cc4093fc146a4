using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Indicators;

/// <summary>What a source computed for one bound target: values per period and how they were obtained.</summary>
/// <param name="Values">One observation per period that has data (a share carries its numerator and denominator).</param>
/// <param name="Note">One sentence for the status reason: what was counted, which standard, what the goal still
/// allows — e.g. "312 valid days (3 invalid), 20 polluted; HJ 633-2012".</param>
/// <param name="GoalNote">What a target's goal still allows, added to the note of each target bound to the series
/// (剩余可超标天数 for a share of good days); null when the source says nothing per goal.</param>
public sealed record IndicatorSeries(
    IReadOnlyList<Observation> Values, Words Note, Func<TargetGoal, Words?>? GoalNote = null)
{
    /// <summary>A series without values that says why (an unknown indicator, a scope since deleted).</summary>
    public static IndicatorSeries Empty(Words why) => new([], why);
}
