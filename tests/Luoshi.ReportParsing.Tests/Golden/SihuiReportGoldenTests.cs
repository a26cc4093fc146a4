using Luoshi.Domain.Plans;
using Luoshi.ReportParsing.Drafts;

namespace Luoshi.ReportParsing.Tests.Golden;

/// <summary>The sample report (四会市政府工作报告, excerpt), every target worked out by hand from the text.</summary>
public sealed class SihuiReportGoldenTests
{
    private const string Sample = "samples/sihui-work-report-excerpt.txt";
    private static readonly DateOnly YearEnd = new(2022, 12, 31);

    // (clause, kind, comparator, value, unit, subject, deadline stated in the report)
    private static readonly (string Text, TargetKind Kind, Comparator Comparator, decimal? Value, string? Unit, string Subject, bool Stated)[] Expected =
    [
        ("确保全市60%以上行政村达到美丽宜居村标准", TargetKind.Share, Comparator.AtLeast, 60m, "%", "全市行政村达到美丽宜居村标准", false),
        ("提高行政村级集体经济经营性收入", TargetKind.Direction, Comparator.AtLeast, null, null, "行政村级集体经济经营性收入", false),
        ("坚决守住不发生规模性返贫底线", TargetKind.BottomLine, Comparator.Equal, 0m, null, "规模性返贫", false),
        ("坚持民生投入只增不减", TargetKind.Direction, Comparator.AtLeast, null, null, "民生投入", false),
        ("办好十件民生实事", TargetKind.Count, Comparator.AtLeast, 10m, "件", "民生实事", false),
        ("实现困难群众和特殊群体社会工作服务100%全覆盖", TargetKind.Coverage, Comparator.Equal, 100m, "%", "困难群众和特殊群体社会工作服务", false),
        ("建成四会首家县级敬老院", TargetKind.Milestone, Comparator.Equal, null, null, "建成四会首家县级敬老院", false),
        ("实施职业技能培训2千人次以上", TargetKind.Numeric, Comparator.AtLeast, 2000m, "人次", "职业技能培训", false),
        ("年内实现城镇新增就业6千人以上", TargetKind.Numeric, Comparator.AtLeast, 6000m, "人", "城镇新增就业", true),
        ("城镇登记失业率控制在4%以内", TargetKind.Numeric, Comparator.AtMost, 4m, "%", "城镇登记失业率", true),
        ("确保保利和悦江山小区幼儿园年内投入使用", TargetKind.Milestone, Comparator.Equal, null, null, "保利和悦江山小区幼儿园投入使用", true),
        ("确保南江工业园学校等年内投入使用", TargetKind.Milestone, Comparator.Equal, null, null, "南江工业园学校等投入使用", true),
        ("新增基础教育公办学位1680个", TargetKind.Count, Comparator.AtLeast, 1680m, "个", "新增基础教育公办学位", true),
        ("年内完成四会市人民医院新院住院楼项目建设", TargetKind.Milestone, Comparator.Equal, null, null, "完成四会市人民医院新院住院楼项目建设", true),
        ("确保城区空气质量优良率达90%以上", TargetKind.Share, Comparator.AtLeast, 90m, "%", "城区空气质量优良率", false),
        ("保持绥江五马岗断面等3个省考及以上断面水质达标率100%", TargetKind.Share, Comparator.Equal, 100m, "%", "绥江五马岗断面等3个省考及以上断面水质达标率", false),
        ("全面推进城区截污管网工程建设,确保年内投入使用", TargetKind.Milestone, Comparator.Equal, null, null, "城区截污管网工程投入使用", true),
        ("实现城市生活污水集中收集率达40%以上", TargetKind.Share, Comparator.AtLeast, 40m, "%", "城市生活污水集中收集率", true),
        ("实现村级一体化污水处理设施全覆盖", TargetKind.Coverage, Comparator.Equal, 100m, "%", "村级一体化污水处理设施", false),
        ("坚决防范和遏制重特大事故发生", TargetKind.BottomLine, Comparator.Equal, 0m, null, "重特大事故", false),
        ("健全完善“扫黑除恶”6个机制", TargetKind.Count, Comparator.AtLeast, 6m, "个", "“扫黑除恶”机制", false),
    ];

    private static PlanDraft Plan() => ParsedReport.OfFixture(Sample, 2022);

    [Fact]
    public void Parse_SampleReport_FindsExactlyTheHandWorkedTargets()
    {
        var actual = Plan().Targets
            .Select(t => (t.Text, t.Kind, t.Comparator, t.Value, t.Unit, t.Subject, t.DeadlineStated))
            .ToArray();

        Assert.Equal(Expected, actual);
    }

    [Fact]
    public void Parse_SampleReport_EveryDeadlineIsTheEndOfThePlanYear()
    {
        Assert.All(Plan().Targets, t => Assert.Equal(YearEnd, t.Deadline));
    }

    [Fact]
    public void Parse_SampleReport_NoTargetHasAnUpperBound()
    {
        Assert.All(Plan().Targets, t => Assert.Null(t.Upper));
    }

    [Fact]
    public void Parse_SampleReport_SpansPointAtTheTargetTextAndTheTaskText()
    {
        var plan = Plan();
        var text = File.ReadAllText(ParsedReport.Fixture(Sample));
        Assert.All(plan.Targets, t => Assert.Equal(t.Text, text.Substring(t.Span.Start, t.Span.Length)));
        Assert.All(plan.Tasks, t => Assert.Equal(t.Text, text.Substring(t.Span.Start, t.Span.Length)));
        var tasks = plan.Tasks.ToDictionary(t => t.Id);
        Assert.All(plan.Targets, t => Assert.Contains(t.Text, tasks[t.Task].Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SampleReport_ReadsSectionsAndWorkItems()
    {
        var plan = Plan();

        Assert.Equal(
            [(null, null), ("六", "坚持发展为了人民,切实保障和发展民生,全力建设肇庆善治之区")],
            plan.Sections.Select(s => (s.Number, s.Title)).ToArray());
        Assert.Equal(
            ["全面加快乡村振兴连片示范带建设", "全面推进驻镇帮镇扶村工作", "切实保障和改善民生", "切实提高生态环境质量", "切实提高社会治理现代化水平"],
            plan.WorkItems.Select(w => w.Title ?? "").ToArray());
        Assert.Equal(["S1", "S1", "S2", "S2", "S2"], plan.WorkItems.Select(w => w.Section).ToArray());
    }

    [Fact]
    public void Parse_SampleReport_TasksAreTheSentencesAfterEachLead()
    {
        var plan = Plan();
        var employment = Assert.Single(plan.Tasks, t => t.Text.StartsWith("做稳做好就业工作", StringComparison.Ordinal));

        Assert.Equal("做稳做好就业工作,不断强化政策支撑和要素保障,年内实现城镇新增就业6千人以上,城镇登记失业率控制在4%以内", employment.Text);
        Assert.Equal("W3", employment.WorkItem);
        Assert.Equal(41, plan.Tasks.Count);
    }

    [Theory]
    [InlineData("百村示范")]
    [InlineData("五大美丽")]
    [InlineData("四个不摘")]
    [InlineData("两个工程")]
    [InlineData("八五")]
    [InlineData("四小园")]
    [InlineData("三孩")]
    [InlineData("三年行动")]
    [InlineData("三级养老体系")]
    public void Parse_SampleReport_ProgrammeNamesProduceNoTarget(string name)
    {
        Assert.DoesNotContain(Plan().Targets, t => t.Subject.Contains(name, StringComparison.Ordinal) && t.Value is not null and not 0m);
    }

    [Fact]
    public void Parse_SampleReport_SuggestsTheDepartmentsOfTheKeywordTable()
    {
        var plan = ParsedReport.OfFixture(Sample, 2022, ParsedReport.ShippedKeywords());
        var tasks = plan.Tasks.ToDictionary(t => t.Id);
        string? LeadOf(string targetText) => tasks[plan.Targets.Single(t => t.Text == targetText).Task].LeadUnit;

        Assert.Equal("人力资源和社会保障局", LeadOf("实施职业技能培训2千人次以上"));
        Assert.Equal("教育局", LeadOf("新增基础教育公办学位1680个"));
        Assert.Equal("生态环境局", LeadOf("确保城区空气质量优良率达90%以上"));
        Assert.Equal("民政局", LeadOf("建成四会首家县级敬老院"));
        Assert.All(plan.Tasks.Where(t => t.LeadUnit is not null), t => Assert.True(t.UnitsSuggested));
    }
}
