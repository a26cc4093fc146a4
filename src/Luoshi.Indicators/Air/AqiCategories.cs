namespace Luoshi.Indicators.Air;

/// <summary>The level, category and colour of an AQI (HJ 633-2012 Table 2 and Annex A; HJ 633—2026 keeps the bands and
/// colours and starts the scale at 1).</summary>
public static class AqiCategories
{
    /// <summary>The highest AQI of 良 (二级): a good day has AQI ≤ 100.</summary>
    public const int GoodAtMost = 100;

    /// <summary>The highest AQI of 中度污染 (四级): a heavy-pollution day (重污染天) has AQI above 200.</summary>
    public const int HeavyPollutionAbove = 200;

    /// <summary>The six rows of HJ 633-2012 Table 2, 一级 first (一级 from AQI 0).</summary>
    public static IReadOnlyList<AqiCategory> All { get; } =
    [
        new(AqiLevel.One, "一级", "优", "绿色", 0, 228, 0, 0, 50),
        new(AqiLevel.Two, "二级", "良", "黄色", 255, 255, 0, 51, 100),
        new(AqiLevel.Three, "三级", "轻度污染", "橙色", 255, 126, 0, 101, 150),
        new(AqiLevel.Four, "四级", "中度污染", "红色", 255, 0, 0, 151, 200),
        new(AqiLevel.Five, "五级", "重度污染", "紫色", 153, 0, 76, 201, 300),
        new(AqiLevel.Six, "六级", "严重污染", "褐红色", 126, 0, 35, 301, null),
    ];

    // HJ 633—2026: the same rows, 优 from AQI 1 (the AQI runs 1–500).
    private static readonly IReadOnlyList<AqiCategory> Of2026 = [All[0] with { LowestAqi = 1 }, .. All.Skip(1)];

    /// <summary>The rows of the given standard's table.</summary>
    public static IReadOnlyList<AqiCategory> For(AirStandard standard) => standard switch
    {
        AirStandard.Hj633Of2012 => All,
        AirStandard.Hj633Of2026 => Of2026,
        _ => throw new ArgumentOutOfRangeException(nameof(standard), standard, null),
    };

    /// <summary>The lowest AQI the standard reports: 0 (HJ 633-2012) or 1 (HJ 633—2026, AQI 1–500).</summary>
    public static int MinimumAqi(AirStandard standard) => For(standard)[0].LowestAqi;

    /// <summary>The row an AQI falls in; AQI values are whole numbers because the indices are rounded up. The bands
    /// above 0 are the same in both versions.</summary>
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
    public static bool IsGood(int aqi) => aqi <= GoodAtMost;

    /// <summary>Whether the day is heavily polluted (重污染, 重度污染 or worse: AQI above 200).</summary>
    public static bool IsHeavyPollution(int aqi) => aqi > HeavyPollutionAbove;
}
