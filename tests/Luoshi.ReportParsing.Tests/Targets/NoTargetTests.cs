namespace Luoshi.ReportParsing.Tests.Targets;

/// <summary>Numbers that are names, ordinals, years or descriptions, and aims too vague to check.</summary>
public sealed class NoTargetTests
{
    [Theory]
    [InlineData("大力实施“百村示范、千村整治”工程和“五大美丽”行动。")]
    [InlineData("严格落实“四个不摘”要求。")]
    [InlineData("深入实施基础教育扩容提质“两个工程”。")]
    [InlineData("深入实施“八五”普法。")]
    [InlineData("因地制宜做好农村“四小园”等人居风貌提升工程。")]
    [InlineData("全面贯彻落实三孩政策。")]
    [InlineData("深入开展安全生产专项整治三年行动。")]
    [InlineData("健全县镇村三级养老体系。")]
    [InlineData("充分利用省第二人民医院合作帮扶平台。")]
    [InlineData("编制“十四五”规划，落实十四五规划纲要。")]
    [InlineData("加快5G基站建设。")]
    [InlineData("推进2022-2025年行动计划。")]
    [InlineData("科学谋划实施一批优质帮扶项目。")]
    [InlineData("推动总投资50亿元的项目落地见效。")]
    [InlineData("坚持两个毫不动摇，深化一村一品。")]
    [InlineData("惠及千家万户。")]
    [InlineData("全面提高社会救助保障水平。")]
    [InlineData("提高农业综合生产能力。")]
    [InlineData("加快建成现代化产业体系。")]
    [InlineData("全面完成上级下达的目标任务。")]
    [InlineData("坚决兜牢兜好基本民生底线。")]
    [InlineData("坚决防范化解经济领域风险。")]
    [InlineData("抓好以下5个方面的工作。")]
    public void Parse_NoMeasurablePromise_FindsNoTarget(string sentence)
    {
        Assert.Empty(ParsedReport.Of(sentence).Targets);
    }

    [Fact]
    public void Parse_ReviewOfLastYear_TakesNoTargetsFromIt()
    {
        var plan = ParsedReport.Of("一、2023年工作回顾\n过去一年，我们全力稳增长。城镇新增就业6500人以上。\n二、2024年工作安排\n城镇新增就业6千人以上。");

        var target = Assert.Single(plan.Targets);
        Assert.Equal(6000m, target.Value);
        Assert.True(plan.Sections[0].Review);
    }

    [Fact]
    public void Parse_YearOnYearResult_IsNotATarget()
    {
        Assert.Empty(ParsedReport.Of("规模以上工业增加值同比增长8.2%。").Targets);
    }
}
