using Luoshi.ReportParsing.Drafts;

namespace Luoshi.ReportParsing.Tests.Round2;

/// <summary>What <c>--explain</c> says: the words behind each part of a target, and why each other number was left.</summary>
public sealed class ExplainTests
{
    [Fact]
    public void Parse_Explained_NamesTheWordsOfEachPart()
    {
        var explain = ParsedReport.Explained("年内实施职业技能培训2千人次以上。").Targets.Single().Explain!;

        Assert.Equal(("以上", ExplainRule.WordAfter), (explain.Comparator.Words, explain.Comparator.Rule));
        Assert.Equal(("2千", ExplainRule.ScaledDigits), (explain.Value!.Words, explain.Value.Rule));
        Assert.Equal(("人次", ExplainRule.UnitAfterNumber), (explain.Unit!.Words, explain.Unit.Rule));
        Assert.Equal(("职业技能培训", ExplainRule.WordsBefore), (explain.Subject.Words, explain.Subject.Rule));
    }

    [Fact]
    public void Parse_Explained_SpansPointAtTheWordsInTheReport()
    {
        const string text = "城镇登记失业率不超过4%。";
        var explain = ParsedReport.Explained(text).Targets.Single().Explain!;

        Assert.Equal("不超过", text.Substring(explain.Comparator.Span!.Value.Start, explain.Comparator.Span.Value.Length));
        Assert.Equal("4", text.Substring(explain.Value!.Span!.Value.Start, explain.Value.Span.Value.Length));
        Assert.Equal(ExplainRule.WordBefore, explain.Comparator.Rule);
    }

    [Theory]
    [InlineData("建设100所公办幼儿园。", ExplainRule.BareFloor, ExplainRule.WithNounAfter)]
    [InlineData("城镇登记失业率控制在4%以内。", ExplainRule.WordAfter, ExplainRule.WordsBefore)]
    [InlineData("实施城市更新项目40个，年内完成25个。", ExplainRule.BareFloor, ExplainRule.Borrowed)]
    [InlineData("新增国家级重点专科2个、省级重点专科10个。", ExplainRule.BareFloor, ExplainRule.ListItem)]
    public void Parse_Explained_NamesTheRuleOfTheLastTarget(string sentence, ExplainRule comparator, ExplainRule subject)
    {
        var explain = ParsedReport.Explained(sentence).Targets[^1].Explain!;

        Assert.Equal((comparator, subject), (explain.Comparator.Rule, explain.Subject.Rule));
    }

    [Fact]
    public void Parse_ExplainedMilestone_NamesItsEventWord()
    {
        var explain = ParsedReport.Explained("确保第二人民医院竣工。").Targets.Single().Explain!;

        Assert.Equal(("竣工", ExplainRule.Milestone), (explain.Comparator.Words, explain.Comparator.Rule));
        Assert.Null(explain.Value);
    }

    [Theory]
    [InlineData("为全县60岁以上老年人免费体检。", "60岁以上", DropReason.Qualifier)]
    [InlineData("建设社区3人制篮球场。", "3", DropReason.Class)]
    [InlineData("2024年启动国土空间规划修编。", "2024年", DropReason.Time)]
    [InlineData("落实第3号文件要求。", "3号", DropReason.Ordinal)]
    [InlineData("PM2.5浓度持续改善。", "2.5浓", DropReason.Name)]
    [InlineData("深入实施“两个100”工程。", "100”", DropReason.Quoted)]
    [InlineData("这10件实事分别为：新增停车位300个。", "10件", DropReason.ListSize)]
    [InlineData("规模以上工业增加值同比增长8.2%。", "8", DropReason.Result)]
    public void Parse_Explained_SaysWhyANumberIsNotATarget(string text, string wordsStart, DropReason reason)
    {
        var dropped = ParsedReport.Explained(text).Dropped!;

        Assert.Contains(dropped, d => d.Words.StartsWith(wordsStart, StringComparison.Ordinal) && d.Reason == reason);
    }

    [Fact]
    public void Parse_Explained_ListsNoNumberThatBecameATarget()
    {
        var plan = ParsedReport.Explained("城镇新增就业6千人以上，城镇登记失业率控制在4%以内。");

        Assert.Equal(2, plan.Targets.Count);
        Assert.Empty(plan.Dropped!);
    }

    [Fact]
    public void Parse_NotExplained_CarriesNoExplanation()
    {
        var plan = ParsedReport.Of("为全县60岁以上老年人免费体检，新增公办学位1680个。");

        Assert.Null(plan.Dropped);
        Assert.All(plan.Targets, t => Assert.Null(t.Explain));
    }
}
