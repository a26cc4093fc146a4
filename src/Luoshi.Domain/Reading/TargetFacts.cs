using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Reading;

/// <summary>Everything the ledger holds that one target's reading is worked out from: what storage gathers, in one
/// query per kind for a whole plan, and nothing else. The rules live in <see cref="TargetReading"/>.</summary>
/// <param name="Values">Approved values (reported targets) or the values an indicator computed per period (computed
/// targets), any order.</param>
/// <param name="Pending">Values of submitted reports awaiting review (reported targets only).</param>
/// <param name="Reported">Periods whose report counts as sent (every period for a computed target).</param>
/// <param name="Source">Where the values come from.</param>
/// <param name="Nature">For a computed target, what its indicator's values are (it decides the measure).</param>
/// <param name="Note">For a computed target, how its value was computed (what was counted, which standard).</param>
public sealed record TargetFacts(
    Observation[] Values,
    PendingValue[] Pending,
    PeriodSet Reported,
    FigureSource Source = FigureSource.Reported,
    ValueNature? Nature = null,
    Words? Note = null)
{
    /// <summary>A reported target nobody has reported on yet.</summary>
    public static TargetFacts None { get; } = new([], [], default);
}
