namespace Luoshi.Indicators.Water;

/// <summary>The items of an evaluated sample that fail its target class, with their multiple of exceedance (超标倍数).</summary>
public static class Exceedances
{
    /// <summary>Every item of <paramref name="sample"/> worse than <paramref name="target"/>, in Table 1 order.</summary>
    /// <remarks>
    /// 《地表水环境质量评价办法（试行）》 (2011): 超标倍数 = (浓度值 − 标准限值) ÷ 标准限值, and 水温、pH值和溶解氧等项目不计算
    /// 超标倍数 — their limits are not upper limits of a pollutant, so a "multiple" would mean nothing. They are still listed
    /// as exceeding, with a null multiple. The limit used is the target class's, so a section aiming at Ⅱ is measured
    /// against Ⅱ, not against the Ⅲ the national reports use for sections without a target.
    /// </remarks>
    public static IReadOnlyList<Exceedance> Of(SampleClass sample, WaterClass target, WaterBody body)
    {
        if (target is < WaterClass.I or > WaterClass.V)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "A target class is one of I to V.");
        }

        var exceeding = new List<Exceedance>();
        foreach (var item in sample.Items)
        {
            if (item.Class <= target)
            {
                continue;
            }

            var limit = SurfaceWaterTable.Of(item.Item).LimitOf(target, body)!.Value;
            exceeding.Add(limit.Upper is { } upper && limit.Lower is null
                ? new Exceedance(item.Item, item.Value, upper, (item.Value - upper) / upper)
                : new Exceedance(item.Item, item.Value, FailedBound(limit, item.Value), null));
        }

        return exceeding;
    }

    private static decimal FailedBound(ClassLimit limit, decimal value) =>
        limit.Lower is { } lower && value < lower ? lower : limit.Upper!.Value;
}
