namespace Luoshi.ReportParsing.Tests.Round2;

/// <summary>Counts written in Chinese numerals: amounts when something shows they are, slogans otherwise.</summary>
public sealed class ChineseNumeralCountTests
{
    [Theory]
    [InlineData("新改建农村公路二百三十公里。", 230, "公里")]
    [InlineData("建成十五个。", 15, "个")]
    [InlineData("年内建成便民服务中心二十个。", 20, "个")]
    [InlineData("新建一百二十所标准化学校。", 120, "所")]
    [InlineData("实施西苑小区、金鑫小区、宏昌小区三所老旧小区改造。", 3, "所")]
    [InlineData("提升改造一个未成年人保护工作站。", 1, "个")]
    [InlineData("完成东城、西城两个片区的更新。", 2, "个")]
    public void Parse_ChineseNumeralCountThatIsAnAmount_IsRead(string sentence, double value, string unit)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal(((decimal)value, unit), (target.Value!.Value, target.Unit));
    }

    [Theory]
    [InlineData("严格落实四个不摘要求。")]
    [InlineData("坚持两个毫不动摇。")]
    [InlineData("打造一批精品线路。")]
    [InlineData("形成一个统一开放的市场。")]
    [InlineData("统筹城乡两个市场。")]
    [InlineData("确保六十九中顺利招生。")]
    public void Parse_ChineseNumeralSloganOrName_IsNoTarget(string sentence)
    {
        Assert.Empty(ParsedReport.Of(sentence).Targets);
    }
}
