using Luoshi.Indicators.Water;

namespace Luoshi.Indicators.Tests.Water;

public sealed class WaterClassesTests
{
    [Theory]
    [InlineData(WaterClass.I, "I", "优")]
    [InlineData(WaterClass.II, "II", "优")]
    [InlineData(WaterClass.III, "III", "良好")]
    [InlineData(WaterClass.IV, "IV", "轻度污染")]
    [InlineData(WaterClass.V, "V", "中度污染")]
    [InlineData(WaterClass.WorseThanV, "劣V", "重度污染")]
    public void NameAndGrade_FollowTheEvaluationRules(WaterClass waterClass, string name, string grade) =>
        Assert.Equal((name, grade), (WaterClasses.Name(waterClass), WaterClasses.Grade(waterClass)));

    [Theory]
    [InlineData("III", WaterClass.III)]
    [InlineData("iii", WaterClass.III)]
    [InlineData("Ⅲ", WaterClass.III)]
    [InlineData("Ⅲ类", WaterClass.III)]
    [InlineData(" V ", WaterClass.V)]
    [InlineData("劣Ⅴ", WaterClass.WorseThanV)]
    public void TryParse_LatinAndRomanNumeralForms(string text, WaterClass expected)
    {
        Assert.True(WaterClasses.TryParse(text, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("VI")]
    public void TryParse_Other_IsFalse(string text) => Assert.False(WaterClasses.TryParse(text, out _));

    [Theory]
    [InlineData("NH3N", WaterItem.Nh3N)]
    [InlineData("pH", WaterItem.Ph)]
    [InlineData("fecal_coliform", WaterItem.FecalColiform)]
    public void ItemCodes_ParseIgnoringCase(string code, WaterItem item)
    {
        Assert.True(WaterItemCodes.TryParse(code, out var parsed));
        Assert.Equal(item, parsed);
    }
}
