namespace Luoshi.Indicators.Water;

/// <summary>One item's value and the class it meets.</summary>
public readonly record struct ItemClass(WaterItem Item, decimal Value, WaterClass Class);
