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

    [Fact]
    public void NegativeAqi_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => AqiCategories.Of(-1));
}
