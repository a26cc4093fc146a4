namespace Luoshi.Indicators.Water;

/// <summary>Single-factor evaluation (单因子评价法): each item is classed against Table 1 of GB 3838-2002, and a sample
/// takes the class of its worst item.</summary>
public static class SingleFactor
{
    /// <summary>The class an item's value meets: the best class whose limit it meets, so where classes share a limit
    /// the best of them; <see cref="WaterClass.WorseThanV"/> when it meets not even class Ⅴ (pH outside 6–9 is 劣Ⅴ).
    /// Null when Table 1 gives the item no class in this kind of water (water temperature; total nitrogen of a river).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative: readers reject such values with their place.</exception>
    public static WaterClass? ClassOf(WaterItem item, decimal value, WaterBody body)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (SurfaceWaterTable.Of(item).LimitsIn(body) is not { } limits)
        {
            return null;
        }

        for (var i = 0; i < limits.Count; i++)
        {
            if (limits[i].IsMetBy(value))
            {
                return (WaterClass)(i + 1);
            }
        }

        return WaterClass.WorseThanV;
    }

    /// <summary>Whether an evaluation over a set of items takes an item in a kind of water.</summary>
    public static bool Takes(WaterItemSet set, WaterItem item, WaterBody body)
    {
        if (SurfaceWaterTable.Of(item).LimitsIn(body) is null)
        {
            return false;
        }

        return set == WaterItemSet.Table1 || item is not (WaterItem.Tn or WaterItem.FecalColiform);
    }

    /// <summary>The class of a sample from the measured items of the set (items not measured are left out), or null when
    /// none of them was measured.</summary>
    public static SampleClass? Evaluate(IReadOnlyDictionary<WaterItem, decimal> values, WaterBody body, WaterItemSet set)
    {
        var items = new List<ItemClass>(values.Count);
        foreach (var row in SurfaceWaterTable.Rows)
        {
            if (values.TryGetValue(row.Item, out var value) && Takes(set, row.Item, body))
            {
                items.Add(new ItemClass(row.Item, value, ClassOf(row.Item, value, body)!.Value));
            }
        }

        if (items.Count == 0)
        {
            return null;
        }

        var worst = items.Max(i => i.Class);
        return new SampleClass(worst, [.. items.Where(i => i.Class == worst).Select(i => i.Item)], items);
    }
}
