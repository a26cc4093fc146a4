namespace Luoshi.Indicators.Water;

/// <summary>The single-factor class of a sample (or of a period's means): the worst item class, and what decided it.</summary>
/// <param name="Class">The worst class among <paramref name="Items"/>.</param>
/// <param name="Deciding">Every item at that class, in Table 1 order (定类项目).</param>
/// <param name="Items">Every evaluated item with its class, in Table 1 order.</param>
public sealed record SampleClass(WaterClass Class, IReadOnlyList<WaterItem> Deciding, IReadOnlyList<ItemClass> Items)
{
    /// <summary>Whether the class is at or better than a target class.</summary>
    public bool Meets(WaterClass target) => Class <= target;
}
