using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Tests.Round2;

/// <summary>Numbers that say which things are meant (ages, sizes, grades, voltages, places) beside the number that is
/// promised.</summary>
public sealed class QualifierTests
{
    [Theory]
    [InlineData("为全市2.5万名60岁以上老人免费体检。", 25_000, "名", "老人免费体检")]
    [InlineData("改造200个100户以上老旧小区。", 200, "个", "100户以上老旧小区")]
    [InlineData("新增10亿元以上项目8个。", 8, "个", "10亿元以上项目")]
    [InlineData("为6000名35-64岁妇女免费做“两癌”检查。", 6000, "名", "35-64岁妇女")]
    [InlineData("为1200名75~79周岁失能老年人提供上门服务。", 1200, "名", "失能老年人")]
    [InlineData("完成超120个50户以上木质房屋连片村寨消防改造。", 120, "个", "木质房屋连片村寨")]
    [InlineData("在12个村改造升级10千伏线路9.5公里。", 9.5, "公里", "10千伏线路")]
    public void Parse_QualifierBesideTheAmount_PromisesOnlyTheAmount(string sentence, double value, string unit, string subjectHolds)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal(((decimal)value, unit), (target.Value!.Value, target.Unit));
        Assert.Contains(subjectHolds, target.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("为全县65岁及以上老年人免费体检一次。")]
    [InlineData("为全州初中及以上学生进行一次免费结核病筛查。")]
    [InlineData("建设社区3人制篮球场。")]
    [InlineData("完成10千伏及以下行政村配电网改造提升。")]
    [InlineData("城镇污水处理设施全面达到一级A排放标准。")]
    [InlineData("建设20万吨级码头泊位。")]
    [InlineData("开展40-74周岁居民癌症筛查。")]
    public void Parse_OnlyAQualifierOrAGrade_IsNoTarget(string sentence)
    {
        Assert.Empty(ParsedReport.Of(sentence).Targets);
    }

    [Theory]
    [InlineData("引进100名以上高层次人才。", 100, "名")]
    [InlineData("在80所中小学开展课后服务。", 80, "所")]
    [InlineData("人均预期寿命达到79岁以上。", 79, "岁")]
    public void Parse_CountOrAgeThatIsTheOnlyAmount_IsThePromise(string sentence, double value, string unit)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal(((decimal)value, unit), (target.Value!.Value, target.Unit));
    }

    [Fact]
    public void Parse_CountBeforeAStatedAmount_SaysWhoDeliversIt()
    {
        var target = ParsedReport.Single("300个村级文化活动室提供不少于1500场文化活动。");

        Assert.Equal((1500m, ">=", "场"), (target.Value!.Value, target.Comparator.ToSymbol(), target.Unit));
    }

    [Fact]
    public void Parse_UnitlessAmountWithYiShangBeforeItsNoun_IsThePromise()
    {
        var target = ParsedReport.Single("解决120万以上农村人口饮水安全问题。");

        Assert.Equal((1_200_000m, ">=", (string?)null), (target.Value!.Value, target.Comparator.ToSymbol(), target.Unit));
    }

    [Fact]
    public void Parse_UnitlessAmountWithYiShangBesideAnotherAmount_IsAQualifier()
    {
        var target = ParsedReport.Single("改造30个1万以上人口集镇的供水管网。");

        Assert.Equal((30m, "个"), (target.Value!.Value, target.Unit));
    }
}
