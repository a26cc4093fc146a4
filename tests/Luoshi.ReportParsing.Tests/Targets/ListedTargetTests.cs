using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Tests.Targets;

/// <summary>Several amounts in one clause: 分别 lists, 、 lists, and amounts that only say whose rate it is.</summary>
public sealed class ListedTargetTests
{
    private static (TargetKind, Comparator, decimal?, string?, string)[] Targets(string sentence) =>
        ParsedReport.Of(sentence).Targets.Select(t => (t.Kind, t.Comparator, t.Value, t.Unit, t.Subject)).ToArray();

    [Fact]
    public void Parse_RespectiveGrowth_GivesEachModifierTheSharedHead()
    {
        Assert.Equal(
            [
                (TargetKind.Growth, Comparator.AtLeast, 7m, "%", "城镇居民人均可支配收入"),
                (TargetKind.Growth, Comparator.AtLeast, 8m, "%", "农村居民人均可支配收入"),
            ],
            Targets("城镇和农村居民人均可支配收入分别增长7%和8%。"));
    }

    [Fact]
    public void Parse_RespectiveListOfThree_SharesTheComparatorWordOfTheFirst()
    {
        Assert.Equal(
            [
                (TargetKind.Numeric, Comparator.AtMost, 30m, "微克/立方米", "市区PM2.5平均浓度"),
                (TargetKind.Numeric, Comparator.AtMost, 32m, "微克/立方米", "县城PM2.5平均浓度"),
                (TargetKind.Numeric, Comparator.AtMost, 35m, "微克/立方米", "园区PM2.5平均浓度"),
            ],
            Targets("市区、县城、园区PM2.5平均浓度分别控制在30、32、35微克/立方米。"));
    }

    [Fact]
    public void Parse_RespectiveGrowthOfThree_GivesEachModifierTheSharedHead()
    {
        Assert.Equal(
            ["城区居民收入", "乡镇居民收入", "农村居民收入"],
            ParsedReport.Of("城区、乡镇和农村居民收入分别增长6%、7%和8%。").Targets.Select(t => t.Subject).ToArray());
    }

    [Fact]
    public void Parse_RespectiveListWithLongerModifiers_KeepsTheWholeSubjectForEach()
    {
        Assert.Equal(
            [
                (TargetKind.Share, Comparator.AtLeast, 60m, "%", "常住人口和户籍人口城镇化率"),
                (TargetKind.Share, Comparator.AtLeast, 45m, "%", "常住人口和户籍人口城镇化率"),
            ],
            Targets("常住人口和户籍人口城镇化率分别达到60%和45%。"));
    }

    [Fact]
    public void Parse_AmountsListedWithPauseMarks_EachTakesOnlyItsOwnWords()
    {
        var plan = ParsedReport.Of("完成100个小区优质饮用水入户、200个小区二次供水设施提标改造。");

        Assert.Equal(
            [
                ("完成100个小区优质饮用水入户", 100m, "完成小区优质饮用水入户"),
                ("200个小区二次供水设施提标改造", 200m, "小区二次供水设施提标改造"),
            ],
            plan.Targets.Select(t => (t.Text, t.Value, t.Subject)).ToArray());
    }

    [Fact]
    public void Parse_PauseMarkInsideBrackets_DoesNotSplitTheList()
    {
        var plan = ParsedReport.Of("新（改、扩）建幼儿园80所、中小学12所。");

        Assert.Equal(
            [("新（改、扩）建幼儿园80所", "新（改、扩）建幼儿园"), ("中小学12所", "中小学")],
            plan.Targets.Select(t => (t.Text, t.Subject)).ToArray());
    }

    [Fact]
    public void Parse_BracketedAlternativeUnit_BelongsToTheAmount()
    {
        var plan = ParsedReport.Of("建设筹集保障性住房4万套（间）、供应分配5万套（间）。");

        Assert.Equal(
            [("建设筹集保障性住房4万套（间）", 40_000m, "套", "建设筹集保障性住房"), ("供应分配5万套（间）", 50_000m, "套", "供应分配")],
            plan.Targets.Select(t => (t.Text, t.Value, t.Unit, t.Subject)).ToArray());
    }

    [Theory]
    [InlineData("全市60岁以上老年人健康体检率达到80%以上。", "全市60岁以上老年人健康体检率")]
    [InlineData("3岁以下婴幼儿入托率达到30%。", "3岁以下婴幼儿入托率")]
    public void Parse_AgeBandBeforeARate_OnlyNamesThePopulation(string sentence, string subject)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal((TargetKind.Share, "%", subject), (target.Kind, target.Unit, target.Subject));
    }

    [Theory]
    [InlineData("居民消费价格上涨3%。", "居民消费价格")]
    [InlineData("物价总水平增长3%左右。", "物价总水平")]
    public void Parse_PriceRise_IsACeilingUnlessAWordSaysOtherwise(string sentence, string subject)
    {
        var target = ParsedReport.Single(sentence);

        var expected = sentence.Contains("左右", StringComparison.Ordinal) ? Comparator.About : Comparator.AtMost;
        Assert.Equal((TargetKind.Growth, expected, 3m, subject), (target.Kind, target.Comparator, target.Value, target.Subject));
    }

    [Fact]
    public void Parse_OutputRise_IsAFloor()
    {
        var target = ParsedReport.Single("农业总产值上涨3%。");

        Assert.Equal((TargetKind.Growth, Comparator.AtLeast, 3m), (target.Kind, target.Comparator, target.Value));
    }
}
