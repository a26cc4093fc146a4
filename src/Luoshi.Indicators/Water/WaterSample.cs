namespace Luoshi.Indicators.Water;

/// <summary>One sample of a section on a day: the measured items only (an item not measured is absent, never zero).</summary>
public sealed record WaterSample(string Section, DateOnly Date, IReadOnlyDictionary<WaterItem, decimal> Values);
