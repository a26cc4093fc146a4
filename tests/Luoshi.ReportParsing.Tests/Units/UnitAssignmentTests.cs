namespace Luoshi.ReportParsing.Tests.Units;

public sealed class UnitAssignmentTests
{
    [Theory]
    [InlineData("城镇新增就业6千人以上（责任单位：市人力资源和社会保障局、市财政局）。", "市人力资源和社会保障局", "市财政局")]
    [InlineData("城镇新增就业6千人以上（牵头单位：市人社局；配合单位：市财政局、市教育局）。", "市人社局", "市财政局|市教育局")]
    [InlineData("城镇新增就业6千人以上（市人社局牵头，市财政局、各镇人民政府配合）。", "市人社局", "市财政局|各镇人民政府")]
    [InlineData("提高集体经济收入，由市财政局、农业局负责落实。", "市财政局", "农业局")]
    [InlineData("推进项目建设，由市财政局和市农业农村局共同负责。", "市财政局", "市农业农村局")]
    [InlineData("城镇新增就业6千人以上，由市住房和城乡建设局负责。", "市住房和城乡建设局", "")]
    public void Parse_UnitsNamedInTheReport_FirstIsLeadRestSupport(string sentence, string lead, string supporting)
    {
        var task = Assert.Single(ParsedReport.Of(sentence, departments: ParsedReport.ShippedKeywords()).Tasks);

        Assert.Equal((lead, supporting, false),
            (task.LeadUnit, string.Join('|', task.SupportingUnits), task.UnitsSuggested));
    }

    [Fact]
    public void Parse_AssignmentStandingAlone_AssignsTheTaskBeforeIt()
    {
        var plan = ParsedReport.Of("城镇新增就业6千人以上。（责任单位：市人社局）", departments: ParsedReport.ShippedKeywords());

        var task = Assert.Single(plan.Tasks);
        Assert.Equal(("市人社局", false), (task.LeadUnit, task.UnitsSuggested));
    }

    [Fact]
    public void Parse_NoUnitNamed_SuggestsFromTheKeywordTable()
    {
        var task = Assert.Single(ParsedReport.Of("实施职业技能培训2千人次以上，城镇新增就业6千人以上。", departments: ParsedReport.ShippedKeywords()).Tasks);

        Assert.Equal(("人力资源和社会保障局", true), (task.LeadUnit, task.UnitsSuggested));
    }

    [Fact]
    public void Parse_ReasonNotAUnitList_IsNotTakenForUnits()
    {
        var task = Assert.Single(ParsedReport.Of("由此带动就业6千人以上。").Tasks);

        Assert.Null(task.LeadUnit);
    }
}
