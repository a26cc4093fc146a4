namespace Luoshi.ReportParsing.Tests.Round2;

/// <summary>Numbers that are not promises: list sizes, breakdowns, descriptions, results of last year.</summary>
public sealed class NotAPromiseTests
{
    [Theory]
    [InlineData("这10件实事分别为：新增停车位300个。")]
    [InlineData("今年我县共10个项目被列入民生实事项目，新增停车位300个。")]
    [InlineData("会议确定民生实事项目为10项，分别是：新增停车位300个。")]
    [InlineData("票决出17项民生实事项目，新增停车位300个。")]
    [InlineData("群众最急需办的10项民生实事，依次为：新增停车位300个。")]
    [InlineData("参加大会的237名代表投票，新增停车位300个。")]
    public void Parse_CountOfTheList_IsNotATargetButTheItemIs(string text)
    {
        var target = Assert.Single(ParsedReport.Of(text).Targets);

        Assert.Equal(300m, target.Value);
    }

    [Fact]
    public void Parse_DeliveryVerbBeforeTheListCount_KeepsItAsAPromise()
    {
        Assert.Equal(12m, Assert.Single(ParsedReport.Of("切实办好12件重点民生实事：").Targets).Value);
    }

    [Theory]
    [InlineData("对农村公路危桥改造12座（其中：1座四五类危桥、11座宽路窄桥）。", 12, "座")]
    [InlineData("实施路段安防36.5公里（含冠华路护栏6.7公里、向阳大道护栏5.6公里）。", 36.5, "公里")]
    [InlineData("为全市15万名老人发放高龄津贴（每月不少于60元）。", 150_000, "名")]
    [InlineData("全市改造老旧小区118个，其中，中心城区53个。", 118, "个")]
    public void Parse_PartsOrStandardOfAnAmount_LeaveOnlyTheTotal(string sentence, double value, string unit)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal(((decimal)value, unit), (target.Value!.Value, target.Unit));
    }

    [Fact]
    public void Parse_PartWithItsOwnVerbAfterQiZhong_IsAPromise()
    {
        var read = ParsedReport.Read("实施市政道路建设118条。其中，建成永明路等50条道路，完成商都路等15条道路大修改造。");

        Assert.Equal([118m, 50m, 15m], read.Select(r => r.Value!.Value));
    }

    [Fact]
    public void Parse_ParagraphOfPreliminaryResults_HasNoTargetsButTheNextOneHas()
    {
        var plan = ParsedReport.Of("初步统计，2023年全市生产总值3580亿元，增长8.3%；固定资产投资增长12.1%。\n2024年主要预期目标是：地区生产总值增长6%左右。");

        var target = Assert.Single(plan.Targets);
        Assert.Equal(6m, target.Value);
    }

    [Fact]
    public void Parse_VariantCharacterForZeng_ReadsAsGrowth()
    {
        var target = ParsedReport.Single("全省生产总值増长8-8.5%。");

        Assert.Equal((Domain.Plans.TargetKind.Growth, 8m, (decimal?)8.5m), (target.Kind, target.Value!.Value, target.Upper));
    }
}
