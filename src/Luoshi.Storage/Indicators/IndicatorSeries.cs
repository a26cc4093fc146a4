using Luoshi.Domain.Evaluation;

namespace Luoshi.Storage.Indicators;

/// <summary>What a source computed for one bound target: values per period and how they were obtained.</summary>
/// <param name="Values">One observation per period that has data (a share carries its numerator and denominator).</param>
/// <param name="Note">One sentence for the status reason: what was counted, which standard, what the goal still
/// allows — e.g. "312 valid days (3 invalid), 20 polluted; HJ 633-2012".</param>
/// <param name="NoteZh">The same sentence in Chinese, for the pages.</param>
public sealed record IndicatorSeries(IReadOnlyList<Observation> Values, string Note, string NoteZh);
