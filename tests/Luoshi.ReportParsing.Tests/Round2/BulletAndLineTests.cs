using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Tests.Round2;

/// <summary>Lists copied from web pages and tables: bullets, lines without a closing mark, items numbered like
/// headings, item marks inside a paragraph.</summary>
public sealed class BulletAndLineTests
{
    [Fact]
    public void Parse_BulletLinesWithoutMarks_GivesOneTargetALine()
    {
        var read = ParsedReport.Read("今年民生实事\n●城镇新增就业1.2万人以上\n●新建公办幼儿园8所\n■农村公路改造提升60公里");

        Assert.Equal([(12_000m, ">=", "人", "城镇新增就业"), (8m, ">=", "所", "新建公办幼儿园"), (60m, ">=", "公里", "农村公路改造提升")], read);
    }

    [Theory]
    [InlineData("——城镇登记失业率控制在4.5%以内", "城镇登记失业率控制在4.5%以内", 4.5, "<=", "%", "城镇登记失业率")]
    [InlineData("- 新增停车位3000个", "新增停车位3000个", 3000, ">=", "个", "新增停车位")]
    [InlineData("★改造老旧小区45个", "改造老旧小区45个", 45, ">=", "个", "改造老旧小区")]
    [InlineData("1. 新改扩建中小学校12所", "新改扩建中小学校12所", 12, ">=", "所", "新改扩建中小学校")]
    [InlineData("社会消费品零售总额增长7%", "社会消费品零售总额增长7%", 7, ">=", "%", "社会消费品零售总额")]
    public void Parse_LineStatingATargetWithoutAMark_IsATaskWithItsMarkLeftOut(
        string line, string task, double value, string comparator, string unit, string subject)
    {
        var plan = ParsedReport.Of("2024年主要目标\n" + line);

        Assert.Equal(task, Assert.Single(plan.Tasks).Text);
        Assert.Equal([((decimal?)value, comparator, unit, subject)], plan.Targets.Select(t => (t.Value, t.Comparator.ToSymbol(), t.Unit, t.Subject)));
    }

    [Theory]
    [InlineData("2024年十大民生实事项目")]
    [InlineData("2024年1月5日")]
    [InlineData("——2016年1月29日在天长市第十五届人民代表大会第六次会议上")]
    [InlineData("重大项目建设")]
    [InlineData("各位代表：")]
    [InlineData("300")]
    public void Parse_TitleDateOrCellOnItsOwnLine_IsNoTarget(string line)
    {
        Assert.DoesNotContain(ParsedReport.Of(line + "\n新增停车位3000个。").Targets, t => t.Value != 3000m);
    }

    [Fact]
    public void Parse_NumberedListGoingOn_ReadsTheItemNumberApartFromTheDigitsAfterIt()
    {
        var read = ParsedReport.Read("1.新增托位400个。\n2.50个小区新增电动自行车充电设施。");

        Assert.Equal([(400m, ">=", "个", "新增托位"), (50m, ">=", "个", "小区新增电动自行车充电设施")], read);
    }

    [Fact]
    public void Parse_DecimalAtTheStartOfALineAfterNoList_StaysADecimal()
    {
        Assert.Equal(25_000m, ParsedReport.Single("2.5万人参加职业技能培训。").Value);
    }

    [Fact]
    public void Parse_ItemNumberedLikeAHeading_ReadsItsTargetsAndNamesTheSectionByItsFirstClause()
    {
        var plan = ParsedReport.Of("三、推进城镇公交改革，新增公交车辆20辆、公交站点30个。");

        Assert.Equal("推进城镇公交改革", plan.Sections.Single().Title);
        Assert.Equal([20m, 30m], plan.Targets.Select(t => t.Value!.Value));
    }

    [Fact]
    public void Parse_HeadingWithoutTarget_KeepsItsWholeFirstSentenceAsTitle()
    {
        var plan = ParsedReport.Of("一、加强学位建设。\n新增幼儿园学位1500个。");

        Assert.Equal("加强学位建设", plan.Sections.Single().Title);
        Assert.Equal(1500m, Assert.Single(plan.Targets).Value);
    }

    [Fact]
    public void Parse_ItemMarksInsideAParagraph_AreLeftOutOfTasksAndSubjects()
    {
        var plan = ParsedReport.Of("重点办好以下实事。（1）开工新建西环路。（2）城区新建便民市场5处。⑶建成移动公厕12座。");

        Assert.Equal(["开工新建西环路", "城区新建便民市场5处", "建成移动公厕12座"], plan.Tasks.Select(t => t.Text));
        Assert.Equal(["开工新建西环路", "城区新建便民市场", "建成移动公厕"], plan.Targets.Select(t => t.Subject));
    }

    [Fact]
    public void Parse_EnumerationWordsOpeningClauses_AreNotPartOfTheSubject()
    {
        var read = ParsedReport.Read("十件实事分别为：一是新增停车位300个；二是完成县乡道改造不少于50公里。");

        Assert.Equal([(300m, ">=", "个", "新增停车位"), (50m, ">=", "公里", "完成县乡道改造")], read);
    }
}
