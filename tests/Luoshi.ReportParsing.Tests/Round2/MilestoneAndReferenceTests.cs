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
}
