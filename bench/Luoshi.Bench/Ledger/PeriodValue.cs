namespace Luoshi.Bench.Ledger;

/// <summary>What a unit reports for one target in one month; which fields are set depends on the target's measure.</summary>
internal readonly record struct PeriodValue(decimal? Value, decimal? Numerator, decimal? Denominator, DateOnly? DoneOn);
