namespace Luoshi.Domain.Reading;

/// <summary>A value of a submitted report the office has not yet reviewed: shown (in italics, in the ledger) but not
/// counted, since only approved values count.</summary>
/// <param name="Period">1-based period number.</param>
public readonly record struct PendingValue(int Period, decimal? Value, decimal? Numerator, decimal? Denominator, DateOnly? DoneOn);
