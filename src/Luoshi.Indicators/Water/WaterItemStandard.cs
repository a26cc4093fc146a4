namespace Luoshi.Indicators.Water;

/// <summary>One row of GB 3838-2002 Table 1: the item, its unit and the limits of classes Ⅰ–Ⅴ.</summary>
/// <param name="Item">The item.</param>
/// <param name="Code">The stable code used in files and outputs (<c>nh3n</c>, <c>tp</c>, …).</param>
/// <param name="Name">The item's name in the table (氨氮（NH3-N）).</param>
/// <param name="Unit">mg/L, 个/L, °C or empty for pH.</param>
/// <param name="Limits">Classes Ⅰ–Ⅴ in order; empty for water temperature, which has no class.</param>
/// <param name="LakeLimits">Classes Ⅰ–Ⅴ for lakes and reservoirs where the table sets them apart (total phosphorus),
/// else null.</param>
/// <param name="LakesOnly">The table classes the item for lakes and reservoirs only (total nitrogen).</param>
public sealed record WaterItemStandard(
    WaterItem Item,
    string Code,
    string Name,
    string Unit,
    IReadOnlyList<ClassLimit> Limits,
    IReadOnlyList<ClassLimit>? LakeLimits = null,
    bool LakesOnly = false)
{
    /// <summary>The limits of classes Ⅰ–Ⅴ in a kind of water, or null when Table 1 gives the item no class there.</summary>
    public IReadOnlyList<ClassLimit>? LimitsIn(WaterBody body)
    {
        if (Limits.Count == 0 || (LakesOnly && body != WaterBody.Lake))
        {
            return null;
        }

        return body == WaterBody.Lake && LakeLimits is not null ? LakeLimits : Limits;
    }

    /// <summary>The limit of one class (Ⅰ–Ⅴ) in a kind of water, or null when the item has no class there.</summary>
    public ClassLimit? LimitOf(WaterClass waterClass, WaterBody body)
    {
        if (waterClass is < WaterClass.I or > WaterClass.V)
        {
            throw new ArgumentOutOfRangeException(nameof(waterClass), waterClass, "Table 1 has limits for classes I to V only.");
        }

        return LimitsIn(body)?[(int)waterClass - 1];
    }
}
