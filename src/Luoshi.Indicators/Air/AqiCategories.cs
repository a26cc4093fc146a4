namespace Luoshi.Indicators.Air;

/// <summary>The level, category and colour of an AQI (HJ 633-2012 Table 2 and Annex A).</summary>
public static class AqiCategories
{
    /// <summary>The six rows of Table 2, 一级 first.</summary>
    public static IReadOnlyList<AqiCategory> All { get; } =
    [
        new(AqiLevel.One, "一级", "优", "绿色", 0, 228, 0, 0, 50),
        new(AqiLevel.Two, "二级", "良", "黄色", 255, 255, 0, 51, 100),
        new(AqiLevel.Three, "三级", "轻度污染", "橙色", 255, 126, 0, 101, 150),
        new(AqiLevel.Four, "四级", "中度污染", "红色", 255, 0, 0, 151, 200),
        new(AqiLevel.Five, "五级", "重度污染", "紫色", 153, 0, 76, 201, 300),
        new(AqiLevel.Six, "六级", "严重污染", "褐红色", 126, 0, 35, 301, null),
    ];

    /// <summary>The Table 2 row an AQI falls in; AQI values are whole numbers because the indices are rounded up.</summary>
    public static AqiCategory Of(int aqi)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(aqi);
        foreach (var category in All)
        {
            if (category.HighestAqi is null || aqi <= category.HighestAqi)
            {
                return category;
            }
        }

        throw new InvalidOperationException("Table 2 is open above 300, so every AQI has a row.");
    }

    /// <summary>Whether the day counts as good (优良, AQI ≤ 100) for the share of good days.</summary>
    public static bool IsGood(int aqi) => Of(aqi).Level <= AqiLevel.Two;
}
