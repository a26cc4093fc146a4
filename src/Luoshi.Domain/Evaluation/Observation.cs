namespace Luoshi.Domain.Evaluation;

/// <summary>One approved period value of a target, as the evaluation reads it.</summary>
/// <param name="Period">1-based period number.</param>
public readonly record struct Observation(int Period, decimal? Value, decimal? Numerator = null, decimal? Denominator = null, DateOnly? DoneOn = null);
