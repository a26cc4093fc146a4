using Luoshi.Domain.Plans;

namespace Luoshi.Storage.Indicators;

/// <summary>Where a bound target's value came from, shown beside its status.</summary>
/// <param name="Binding">The indicator and scope.</param>
/// <param name="Note">How it was computed (English).</param>
/// <param name="NoteZh">How it was computed (Chinese).</param>
public sealed record ComputedReading(IndicatorBinding Binding, string Note, string NoteZh);
