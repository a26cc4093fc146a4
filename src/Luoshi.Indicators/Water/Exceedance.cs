namespace Luoshi.Indicators.Water;

/// <summary>An item whose value fails the target class's limit (超标项目).</summary>
/// <param name="Item">The item.</param>
/// <param name="Value">The value (a sample's, or a period's mean).</param>
/// <param name="Limit">The target class's limit that the value fails (for pH the bound it falls beyond).</param>
/// <param name="Multiple">超标倍数 = (value − limit) ÷ limit, unrounded; null for pH and dissolved oxygen, for which the
/// 2011 evaluation rules compute no multiple.</param>
public readonly record struct Exceedance(WaterItem Item, decimal Value, decimal Limit, decimal? Multiple);
