using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Tests.Round2;

/// <summary>确保/力争 + 竣工/建成投用/投入使用 as milestones, and note marks kept out of subjects.</summary>
public sealed class MilestoneAndReferenceTests
{
    [Theory]
    [InlineData("确保第二人民医院竣工。", "第二人民医院竣工")]
    [InlineData("力争市体育中心建成投用。", "市体育中心建成投用")]
    [InlineData("确保城东小学秋季投入使用。", "城东小学秋季投入使用")]
    [InlineData("建设投用江口中学教学楼。", "建设投用江口中学教学楼")]
    [InlineData("完成柳湖片区黑臭水体治理。", "完成柳湖片区黑臭水体治理")]
    public void Parse_CommittedCompletion_IsAMilestone(string sentence, string subject)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal((TargetKind.Milestone, subject), (target.Kind, target.Subject));
    }

    [Theory]
    [InlineData("2019年是全面建成小康社会关键之年。")]
    [InlineData("加快建成现代化产业体系。")]
    [InlineData("力争早日建成区域医疗中心。")]
    [InlineData("推进县医院迁建项目建成。")]
    public void Parse_AimOrDescription_IsNoMilestone(string sentence)
    {
        Assert.Empty(ParsedReport.Of(sentence).Targets);
    }

    [Theory]
    [InlineData("推广“民生微实事”[12]，新增社区服务点30个。", "新增社区服务点")]
    [InlineData("实施“强县工程”〔1〕，新增规上企业20家。", "新增规上企业")]
    [InlineData("新增托位①400个。", "新增托位")]
    public void Parse_NoteMark_IsNeitherAnAmountNorPartOfTheSubject(string sentence, string subject)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal(subject, target.Subject);
    }

    [Fact]
    public void Parse_NoteMarkAfterAPromise_IsLeftOutOfItsSubject()
    {
        var target = ParsedReport.Single("确保保障性住房[3]年内投入使用。");

        Assert.Equal("保障性住房投入使用", target.Subject);
    }

    [Theory]
    [InlineData("争取城区燃气管网改造工程今年全面完成。", "城区燃气管网改造工程")]
    [InlineData("北环路改造项目6月底前如期完成。", "北环路改造项目")]
    public void Parse_CompletionAfterTheProjectWithATime_IsAMilestone(string sentence, string subject)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal(TargetKind.Milestone, target.Kind);
        Assert.Contains(subject, target.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("全年目标任务今年全面完成。")]
    [InlineData("城区燃气管网改造工程加快完成。")]
    public void Parse_CompletionAfterSomethingThatIsNoProjectOrWithoutATime_IsNoMilestone(string sentence)
    {
        Assert.Empty(ParsedReport.Of(sentence).Targets);
    }

    [Theory]
    [InlineData("实施“农村寄宿生生活补助全覆盖计划”。")]
    [InlineData("开展“不发生安全事故”承诺活动。")]
    public void Parse_CueWordInsideAQuotedName_IsNoTarget(string sentence)
    {
        Assert.Empty(ParsedReport.Of(sentence).Targets);
    }

    [Fact]
    public void Parse_CueWordOutsideTheQuotedName_IsStillATarget()
    {
        var target = ParsedReport.Single("实施“农村寄宿生生活补助计划”，实现寄宿生生活补助全覆盖。");

        Assert.Equal((TargetKind.Coverage, 100m), (target.Kind, target.Value!.Value));
    }

    [Theory]
    [InlineData("城南快速路延伸工程建成通车。", "城南快速路延伸工程")]
    [InlineData("县第二污水处理厂扩建项目竣工。", "县第二污水处理厂扩建项目")]
    [InlineData("完成县城棚户区改造项目（二期）。", "县城棚户区改造项目")]
    public void Parse_EventClosingAClauseAfterAProjectOrAPhase_IsAMilestone(string sentence, string subject)
    {
        var target = ParsedReport.Single(sentence);

        Assert.Equal(TargetKind.Milestone, target.Kind);
        Assert.Contains(subject, target.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("随着城南快速路延伸工程建成通车，出行更加便捷。")]
    [InlineData("推动城南快速路延伸工程建成。")]
    [InlineData("城南快速路延伸段建成通车。")]
    [InlineData("完成县城棚户区改造任务（二期）。")]
    public void Parse_EventAfterAProjectAsSceneAimOrNoProject_IsNoMilestone(string sentence)
    {
        Assert.DoesNotContain(ParsedReport.Of(sentence).Targets, t => t.Kind == TargetKind.Milestone);
    }
}
