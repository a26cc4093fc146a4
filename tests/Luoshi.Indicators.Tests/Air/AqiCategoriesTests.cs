using Luoshi.Indicators.Air;

namespace Luoshi.Indicators.Tests.Air;

/// <summary>HJ 633-2012 Table 2 levels and categories, and the Annex A colours.</summary>
public sealed class AqiCategoriesTests
{
    [Theory]
    [InlineData(0, AqiLevel.One, "一级", "优", "绿色", "#00E400")]
    [InlineData(50, AqiLevel.One, "一级", "优", "绿色", "#00E400")]
    [InlineData(51, AqiLevel.Two, "二级", "良", "黄色", "#FFFF00")]
    [InlineData(100, AqiLevel.Two, "二级", "良", "黄色", "#FFFF00")]
    [InlineData(101, AqiLevel.Three, "三级", "轻度污染", "橙色", "#FF7E00")]
    [InlineData(150, AqiLevel.Three, "三级", "轻度污染", "橙色", "#FF7E00")]
    [InlineData(151, AqiLevel.Four, "四级", "中度污染", "红色", "#FF0000")]
    [InlineData(200, AqiLevel.Four, "四级", "中度污染", "红色", "#FF0000")]
    [InlineData(201, AqiLevel.Five, "五级", "重度污染", "紫色", "#99004C")]
    [InlineData(300, AqiLevel.Five, "五级", "重度污染", "紫色", "#99004C")]
    [InlineData(301, AqiLevel.Six, "六级", "严重污染", "褐红色", "#7E0023")]
    [InlineData(500, AqiLevel.Six, "六级", "严重污染", "褐红色", "#7E0023")]
    public void Table2_Boundaries(int aqi, AqiLevel level, string levelName, string name, string colour, string hex)
    {
        var c = AqiCategories.Of(aqi);

        Assert.Equal((level, levelName, name, colour, hex), (c.Level, c.LevelName, c.Name, c.ColourName, c.HexColour));
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void GoodDay_IsAqiUpTo100(int aqi, bool good) => Assert.Equal(good, AqiCategories.IsGood(aqi));

    [Theory]
    [InlineData(200, false)]
    [InlineData(201, true)]
    public void HeavyPollution_IsAqiAbove200(int aqi, bool heavy) => Assert.Equal(heavy, AqiCategories.IsHeavyPollution(aqi));

    [Fact]
    public void For2026_StartsAt1WithTheSameBandsAndColours()
    {
        var of2026 = AqiCategories.For(AirStandard.Hj633Of2026);

        // HJ 633—2026: AQI 1–500, 优 1–50, 良 51–100 …; colours unchanged.
        Assert.Equal((1, 50, "优", "#00E400"), (of2026[0].LowestAqi, of2026[0].HighestAqi, of2026[0].Name, of2026[0].HexColour));
        Assert.Equal(AqiCategories.All.Skip(1), of2026.Skip(1));
        Assert.Equal((0, 1), (AqiCategories.MinimumAqi(AirStandard.Hj633Of2012), AqiCategories.MinimumAqi(AirStandard.Hj633Of2026)));
    }

    [Fact]
    public void NegativeAqi_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => AqiCategories.Of(-1));
}
