namespace Luoshi.ReportParsing.Tests.Outline;

public sealed class OutlineTests
{
    private const string Report = """
        2024年政府工作报告
        各位代表：
        一、2023年工作回顾
        过去一年，城镇新增就业6500人。
        二、2024年工作安排
        （一）坚定不移推进乡村振兴。全面推进乡村振兴，确保粮食安全。
        1．稳定粮食生产。粮食播种面积只增不减。
        2．加强农田建设
        （二）切实保障和改善民生
        做稳做好就业工作。城镇新增就业6千人以上；城镇登记失业率控制在4%以内。
        """;

    [Fact]
    public void Parse_NumberedHeadings_OpenSectionsAtTheirLevels()
    {
        var plan = ParsedReport.Of(Report);

        Assert.Equal(
            [("一", "2023年工作回顾", 1, (string?)null, true), ("二", "2024年工作安排", 1, null, false),
             ("一", "坚定不移推进乡村振兴", 2, "S2", false), ("二", "切实保障和改善民生", 2, "S2", false)],
            plan.Sections.Select(s => (s.Number!, s.Title!, s.Level, s.Parent, s.Review)).ToArray());
    }

    [Fact]
    public void Parse_Paragraphs_BecomeWorkItemsNamedByTheirLeadSentence()
    {
        var plan = ParsedReport.Of(Report);

        Assert.Equal(
            [(null, "S1"), (null, "S3"), ("稳定粮食生产", "S3"), ("加强农田建设", "S3"), ("做稳做好就业工作", "S4")],
            plan.WorkItems.Select(w => (w.Title, w.Section)).ToArray());
    }

    [Fact]
    public void Parse_Sentences_BecomeTasksSplitAtFullStopsAndSemicolons()
    {
        var plan = ParsedReport.Of(Report);

        Assert.Equal(
            ["过去一年，城镇新增就业6500人", "全面推进乡村振兴，确保粮食安全", "粮食播种面积只增不减", "城镇新增就业6千人以上", "城镇登记失业率控制在4%以内"],
            plan.Tasks.Select(t => t.Text).ToArray());
    }

    [Fact]
    public void InferYear_ReportTitle_GivesThePlanYear()
    {
        Assert.Equal(2024, ReportParser.InferYear(Report));
        Assert.Null(ReportParser.InferYear("切实保障和改善民生。"));
    }

    [Fact]
    public void Parse_SentenceWithATarget_IsNeverTakenForALeadSentence()
    {
        var plan = ParsedReport.Of("城镇新增就业6千人以上。城镇登记失业率控制在4%以内。");

        Assert.Null(Assert.Single(plan.WorkItems).Title);
        Assert.Equal(2, plan.Targets.Count);
    }

    [Fact]
    public void Parse_FullStopInsideQuotes_DoesNotEndTheSentence()
    {
        var plan = ParsedReport.Of("落实“放管服。”改革，城镇新增就业6千人以上。");

        Assert.Equal("落实“放管服。”改革，城镇新增就业6千人以上", Assert.Single(plan.Tasks).Text);
    }
}
