using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Tests.Targets;

/// <summary>Targets stated without numbers: milestones, bottom lines, coverage and directions.</summary>
public sealed class WordCueTests
{
    [Theory]
    [InlineData("确保市第一中学新校区年内投入使用。", "市第一中学新校区投入使用")]
    [InlineData("建成城东污水处理厂。", "建成城东污水处理厂")]
    [InlineData("年底前完成老旧小区改造。", "完成老旧小区改造")]
    [InlineData("力争大桥6月底前建成通车。", "大桥建成通车")]
    public void Parse_ProjectFinishedByADate_IsAMilestone(string sentence, string subject)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal((TargetKind.Milestone, subject), (target.Kind, target.Subject));
    }

    [Theory]
    [InlineData("坚决守住不发生规模性返贫底线。", "规模性返贫")]
    [InlineData("守住不发生系统性金融风险的底线。", "系统性金融风险")]
    [InlineData("坚决遏制重特大安全生产事故发生。", "重特大安全生产事故")]
    [InlineData("杜绝较大以上火灾事故。", "较大以上火灾事故")]
    public void Parse_EventThatMustNotHappen_IsABottomLineOfZero(string sentence, string subject)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal((TargetKind.BottomLine, Comparator.Equal, (decimal?)0m, subject),
            (target.Kind, target.Comparator, target.Value, target.Subject));
    }

    [Theory]
    [InlineData("实现农村生活污水治理全覆盖。", "农村生活污水治理")]
    [InlineData("实现家庭医生签约服务100%全覆盖。", "家庭医生签约服务")]
    [InlineData("行政村5G网络覆盖率达到100%。", "行政村5G网络覆盖率")]
    public void Parse_FullCoverage_IsCoverageOfOneHundredPercent(string sentence, string subject)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal((TargetKind.Coverage, Comparator.Equal, (decimal?)100m, "%", subject),
            (target.Kind, target.Comparator, target.Value, target.Unit, target.Subject));
    }

    [Theory]
    [InlineData("坚持民生投入只增不减。", "民生投入", ">=")]
    [InlineData("粮食播种面积只增不减。", "粮食播种面积", ">=")]
    [InlineData("提高村级集体经济经营性收入。", "村级集体经济经营性收入", ">=")]
    [InlineData("持续降低单位工业增加值能耗。", "单位工业增加值能耗", "<=")]
    [InlineData("单位国内生产总值能耗和主要污染物排放量继续下降。", "单位国内生产总值能耗和主要污染物排放量", "<=")]
    [InlineData("城乡居民收入持续增长。", "城乡居民收入", ">=")]
    public void Parse_ComparisonWithLastYear_IsADirection(string sentence, string subject, string comparator)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal((TargetKind.Direction, subject, comparator, (decimal?)null),
            (target.Kind, target.Subject, target.Comparator.ToSymbol(), target.Value));
    }

    [Theory]
    [InlineData("公共服务能力持续提高。")]
    [InlineData("生态环境质量稳步提升。")]
    public void Parse_KeepGoingPhraseAfterAVagueSubject_IsNoTarget(string sentence)
    {
        Assert.Empty(ParsedReport.Of(sentence).Targets);
    }

    [Theory]
    [InlineData("一般公共预算收入增速由负转平。", "一般公共预算收入增速")]
    [InlineData("规模以上工业增加值增速由负转正。", "规模以上工业增加值增速")]
    [InlineData("单位地区生产总值能耗、主要污染物排放进一步降低。", "单位地区生产总值能耗、主要污染物排放")]
    [InlineData("城乡居民收入进一步增加。", "城乡居民收入")]
    public void Parse_TurnOrFurtherChangeOfAMeasurableSubject_IsADirection(string sentence, string subject)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal((TargetKind.Direction, subject), (target.Kind, target.Subject));
    }

    [Theory]
    [InlineData("服务能力进一步提高。")]
    [InlineData("营商环境进一步降低门槛。")]
    [InlineData("进一步提高服务水平。")]
    public void Parse_FurtherChangeOfAVagueSubject_IsNoTarget(string sentence)
    {
        Assert.Empty(ParsedReport.Of(sentence).Targets);
    }
}
