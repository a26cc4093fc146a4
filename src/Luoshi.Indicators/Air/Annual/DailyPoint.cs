namespace Luoshi.Indicators.Air.Annual;

/// <summary>One valid daily value of one pollutant (24-hour mean, or O3 daily maximum 8-hour mean), as rounded for indexing.</summary>
/// <param name="Date">The day.</param>
/// <param name="Value">µg/m³, CO mg/m³.</param>
public readonly record struct DailyPoint(DateOnly Date, double Value);
