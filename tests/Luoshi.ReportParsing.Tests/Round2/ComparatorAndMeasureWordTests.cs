using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Tests.Round2;

/// <summary>超, 逾, 至少, 不少于, 力争达到 as comparators; measure words followed by a modifier; new units.</summary>
public sealed class ComparatorAndMeasureWordTests
{
    [Theory]
    [InlineData("新增市场主体超5000户。", ">=", 5000, "户", "新增市场主体")]
    [InlineData("带动就业逾3万人。", ">=", 30_000, "人", "带动就业")]
    [InlineData("新建充电桩至少800个。", ">=", 800, "个", "新建充电桩")]
    [InlineData("完成农村黑臭水体整治不少于27条。", ">=", 27, "条", "完成农村黑臭水体整治")]
    [InlineData("高新技术企业力争达到260家。", ">=", 260, "家", "高新技术企业")]
    [InlineData("企业开办时间压缩至3个工作日以内。", "<=", 3, "个工作日", "企业开办时间")]
    [InlineData("配送文艺指导不少于1800课时。", ">=", 1800, "课时", "配送文艺指导")]
    public void Parse_ComparatorWordOrUnit_ReadsTheBound(string sentence, string comparator, double value, string unit, string subject)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal((comparator, (decimal)value, unit, subject), (target.Comparator.ToSymbol(), target.Value!.Value, target.Unit, target.Subject));
    }

    [Theory]
    [InlineData("实施20项重点民生工程。", 20, "项", "重点民生工程")]
    [InlineData("切实办好12件重点民生实事。", 12, "件", "重点民生实事")]
    [InlineData("建设8个重点领域创新平台。", 8, "个", "重点领域创新平台")]
    public void Parse_MeasureWordFollowedByAModifier_StillCountsTheThing(string sentence, double value, string unit, string subjectHolds)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal(((decimal)value, unit), (target.Value!.Value, target.Unit));
        Assert.Contains(subjectHolds, target.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("聚焦5个重点，抓好工作落实。")]
    [InlineData("抓好以下5个方面的工作。")]
    [InlineData("突出3个领域。")]
    public void Parse_CountOfHowWorkIsOrganised_IsNoTarget(string sentence)
    {
        Assert.Empty(ParsedReport.Of(sentence).Targets);
    }

    [Theory]
    [InlineData("新增农村通自来水人口120万。", 1_200_000, "新增农村通自来水人口")]
    [InlineData("为80万农村妇女免费做“两癌”检查。", 800_000, "农村妇女免费做“两癌”检查")]
    public void Parse_FigureWithWanAndNoUnit_IsAnAmountWithoutUnit(string sentence, double value, string subjectHolds)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal(((decimal)value, (string?)null), (target.Value!.Value, target.Unit));
        Assert.Contains(subjectHolds, target.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SubjectEndingInAUnitWord_LendsTheUnitToABareFigure()
    {
        Assert.Equal("人次", ParsedReport.Single("全年助餐服务人次达200万以上。").Unit);
    }

    [Fact]
    public void Parse_FigureWithoutScaleOrUnit_IsNoTarget()
    {
        Assert.Empty(ParsedReport.Of("启动国土空间规划2035修编。").Targets);
    }

    [Theory]
    [InlineData("为老旧住宅加装电梯80部。", 80, "部")]
    [InlineData("开展送戏下乡演出120场次。", 120, "场次")]
    [InlineData("为孕产妇提供产前检查服务5次。", 5, "次")]
    [InlineData("完成14村人居环境整治。", 14, "村")]
    public void Parse_CountedInElevatorsShowsTimesOrVillages_ReadsTheUnit(string sentence, decimal value, string unit)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal((value, unit), (target.Value!.Value, target.Unit));
    }

    [Theory]
    [InlineData("由5部门联合开展食品安全检查。")]
    [InlineData("完成二次供水设施改造。")]
    [InlineData("推动一次性塑料制品减量。")]
    [InlineData("健全3村级组织议事规则。")]
    public void Parse_WordThatOpensWithAUnitCharacter_IsNoAmount(string sentence)
    {
        Assert.DoesNotContain(ParsedReport.Of(sentence).Targets, t => t.Value is not null);
    }
}
