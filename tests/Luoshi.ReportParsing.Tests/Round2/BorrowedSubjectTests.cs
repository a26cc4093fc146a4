using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Tests.Round2;

/// <summary>A clause that states only a verb and an amount counts what the clause or item before it named.</summary>
public sealed class BorrowedSubjectTests
{
    [Fact]
    public void Parse_SecondClauseWithOnlyAVerb_BorrowsTheFirstClausesNoun()
    {
        var read = ParsedReport.Read("实施城市更新项目40个，年内完成25个。");

        Assert.Equal([(40m, ">=", "个", "城市更新项目"), (25m, ">=", "个", "城市更新项目完成")], read);
    }

    [Fact]
    public void Parse_ListItemWithOnlyAVerb_BorrowsTheNounBeforeIt()
    {
        var read = ParsedReport.Read("县乡公路提升工程建成400公里、开工800公里。");

        Assert.Equal(["县乡公路提升工程建成", "县乡公路提升工程开工"], read.Select(r => r.Subject));
    }

    [Fact]
    public void Parse_CountedNounAfterTheNumber_IsWhatTheVerbClausesBorrow()
    {
        var read = ParsedReport.Read("规划实施迎宾公园等190个园林绿化项目，开工建设165个，年内完成153个。");

        Assert.Equal(["规划实施迎宾公园等园林绿化项目", "园林绿化项目开工建设", "园林绿化项目完成"], read.Select(r => r.Subject));
    }

    [Fact]
    public void Parse_ClauseWithoutTargetBefore_LendsItsWords()
    {
        var target = ParsedReport.Single("四是加快推进全县中小学薄弱学校改造工程，年度实施10所以上。");

        // 实施 is a framing word, so what remains of the clause is only the borrowed noun.
        Assert.Equal(("全县中小学薄弱学校改造工程", 10m), (target.Subject, target.Value!.Value));
    }

    [Fact]
    public void Parse_ClauseWithItsOwnNoun_KeepsItsOwnSubject()
    {
        var read = ParsedReport.Read("改扩建乡镇敬老院20所，村（社区）幸福院147所。");

        Assert.Equal(["改扩建乡镇敬老院", "村（社区）幸福院"], read.Select(r => r.Subject));
    }

    [Fact]
    public void Parse_ClauseWithOnlyADimensionWord_MeasuresWhatTheClauseBeforeNamed()
    {
        var target = ParsedReport.Single("敷设城东片区雨水管网，全长约6.2公里。");

        Assert.Equal((6.2m, "~", "公里", "敷设城东片区雨水管网全长"),
            (target.Value!.Value, target.Comparator.ToSymbol(), target.Unit, target.Subject));
    }

    [Fact]
    public void Parse_DimensionAfterACountedTarget_BorrowsItsNoun()
    {
        var read = ParsedReport.Read("新建农村公路5条，总里程不少于120公里。");

        Assert.Equal([(5m, ">=", "条", "新建农村公路"), (120m, ">=", "公里", "农村公路总里程")], read);
    }

    [Fact]
    public void Parse_DimensionWithItsOwnNoun_KeepsItsOwnSubject()
    {
        var read = ParsedReport.Read("敷设城东片区雨水管网，绿道全长12公里。");

        Assert.Equal([(12m, ">=", "公里", "绿道全长")], read);
    }
}
