namespace Luoshi.Storage;

/// <summary>What a report says about one target, by the target's code; which fields apply depends on its measure.</summary>
public sealed record TargetValue(string TargetCode, decimal? Value, decimal? Numerator, decimal? Denominator, DateOnly? DoneOn);
