using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Tests.Targets;

/// <summary>Numbers, units and comparators in single sentences, each worked out by hand.</summary>
public sealed class NumericTargetTests
{
    [Theory]
    [InlineData("实施职业技能培训2千人次以上。", TargetKind.Numeric, ">=", 2000, "人次", "职业技能培训")]
    [InlineData("城镇新增就业1200万人以上。", TargetKind.Numeric, ">=", 12_000_000, "人", "城镇新增就业")]
    [InlineData("粮食产量1.3万亿斤以上。", TargetKind.Numeric, ">=", 1_300_000_000_000, "斤", "粮食产量")]
    [InlineData("城镇登记失业率控制在4%以内。", TargetKind.Numeric, "<=", 4, "%", "城镇登记失业率")]
    [InlineData("城镇调查失业率5.5%左右。", TargetKind.Numeric, "~", 5.5, "%", "城镇调查失业率")]
    [InlineData("人口自然增长率控制在6‰以下。", TargetKind.Numeric, "<=", 6, "‰", "人口自然增长率")]
    [InlineData("居民消费价格涨幅3%左右。", TargetKind.Numeric, "~", 3, "%", "居民消费价格涨幅")]
    [InlineData("研发经费投入强度达到2.5%以上。", TargetKind.Numeric, ">=", 2.5, "%", "研发经费投入强度")]
    [InlineData("PM2.5平均浓度控制在35微克/立方米以下。", TargetKind.Numeric, "<=", 35, "微克/立方米", "PM2.5平均浓度")]
    [InlineData("完成固定资产投资120亿元。", TargetKind.Numeric, ">=", 12_000_000_000, "元", "完成固定资产投资")]
    [InlineData("森林覆盖率不低于58.5%。", TargetKind.Share, ">=", 58.5, "%", "森林覆盖率")]
    [InlineData("确保空气质量优良天数比例达到百分之九十。", TargetKind.Share, ">=", 90, "%", "空气质量优良天数比例")]
    [InlineData("新增公办学位1,680个。", TargetKind.Count, ">=", 1680, "个", "新增公办学位")]
    [InlineData("新建学校十所以上。", TargetKind.Numeric, ">=", 10, "所", "新建学校")]
    [InlineData("改造农村公路１２０公里。", TargetKind.Numeric, ">=", 120, "公里", "改造农村公路")]
    [InlineData("审批时限压缩至30天以内。", TargetKind.Numeric, "<=", 30, "天", "审批时限")]
    [InlineData("完成2.1万余户燃气改造。", TargetKind.Numeric, ">=", 21_000, "户", "完成燃气改造")]
    [InlineData("培训新型职业农民300多人。", TargetKind.Numeric, ">=", 300, "人", "培训新型职业农民")]
    [InlineData("完成100公里“四好农村路”提档升级。", TargetKind.Numeric, ">=", 100, "公里", "完成“四好农村路”提档升级")]
    public void Parse_QuantityWithUnit_ReadsKindComparatorValueUnitAndSubject(
        string sentence, TargetKind kind, string comparator, double value, string unit, string subject)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal((kind, comparator, (decimal)value, unit, subject),
            (target.Kind, target.Comparator.ToSymbol(), target.Value!.Value, target.Unit, target.Subject));
    }

    [Theory]
    [InlineData("地区生产总值增长6%-6.5%。", 6, 6.5)]
    [InlineData("地区生产总值增长6～6.5%。", 6, 6.5)]
    [InlineData("地区生产总值增长6%—6.5%。", 6, 6.5)]
    [InlineData("地区生产总值增长6%至6.5%。", 6, 6.5)]
    public void Parse_Range_ReadsBetweenWithUpperBound(string sentence, double value, double upper)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal((TargetKind.Growth, Comparator.Between, (decimal)value, (decimal?)upper, "%", "地区生产总值"),
            (target.Kind, target.Comparator, target.Value!.Value, target.Upper, target.Unit, target.Subject));
    }

    [Theory]
    [InlineData("地区生产总值增长5.5%左右。", "~", 5.5, "地区生产总值")]
    [InlineData("规模以上工业增加值增长13%。", ">=", 13, "规模以上工业增加值")]
    [InlineData("单位地区生产总值能耗降低5%。", "<=", -5, "单位地区生产总值能耗")]
    [InlineData("化学需氧量排放总量下降4.2%。", "<=", -4.2, "化学需氧量排放总量")]
    [InlineData("单位国内生产总值能耗降低2.5%左右。", "~", -2.5, "单位国内生产总值能耗")]
    [InlineData("常住人口城镇化率提高1个百分点。", ">=", 1, "常住人口城镇化率")]
    public void Parse_GrowthOrReduction_ReadsTheSignedChange(string sentence, string comparator, double value, string subject)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal((TargetKind.Growth, comparator, (decimal)value, subject),
            (target.Kind, target.Comparator.ToSymbol(), target.Value!.Value, target.Subject));
    }

    [Fact]
    public void Parse_ReductionRange_KeepsTheLowerValueFirst()
    {
        var target = ParsedReport.Single("单位工业增加值能耗下降3%-5%。");

        Assert.Equal((Comparator.Between, -5m, (decimal?)-3m), (target.Comparator, target.Value!.Value, target.Upper));
    }

    [Fact]
    public void Parse_SeveralTargetsInOneSentence_FindsEachWithItsOwnSubject()
    {
        var plan = ParsedReport.Of("今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右。");

        Assert.Equal(
            [("国内生产总值", TargetKind.Growth), ("城镇新增就业", TargetKind.Numeric), ("城镇调查失业率", TargetKind.Numeric), ("居民消费价格涨幅", TargetKind.Numeric)],
            plan.Targets.Select(t => (t.Subject, t.Kind)).ToArray());
    }
}
