using DocumentFormat.OpenXml.Wordprocessing;
using Luoshi.ReportParsing.Input;
using static Luoshi.ReportParsing.Tests.Input.DocxBuilder;

namespace Luoshi.ReportParsing.Tests.Input;

public sealed class DocxNumberingTests
{
    // The outline most work reports use: 一、 then （一） then 1.
    private static Numbering ReportOutline(int numId = 1) => new(List(
        numId,
        Level(0, NumberFormatValues.ChineseCounting, "%1、"),
        Level(1, NumberFormatValues.ChineseCounting, "（%2）"),
        Level(2, NumberFormatValues.Decimal, "%3.")));

    [Fact]
    public void Read_NumberedHeadings_PrefixesWordsLabelsAndRestartsDeeperLevels()
    {
        var bytes = Build(
            [
                Numbered(1, 0, "总体要求"),
                Paragraph("今年经济社会发展的主要预期目标是："),
                Numbered(1, 1, "稳增长"),
                Numbered(1, 2, "抓项目"),
                Numbered(1, 2, "促消费"),
                Numbered(1, 1, "惠民生"),
                Numbered(1, 2, "办实事"),
                Numbered(1, 0, "重点任务"),
                Numbered(1, 1, "乡村振兴"),
            ],
            ReportOutline());

        var read = ReportReader.Read("report.docx", bytes);

        Assert.True(read.Succeeded);
        Assert.Equal(
            "一、总体要求\n今年经济社会发展的主要预期目标是：\n（一）稳增长\n1.抓项目\n2.促消费\n（二）惠民生\n1.办实事\n二、重点任务\n（一）乡村振兴",
            read.Report.Text);
    }

    [Fact]
    public void Read_NumberedParagraphInTable_CountsWithTheBody()
    {
        var table = Table([Numbered(1, 0, "表内事项")]);
        var bytes = Build([Numbered(1, 0, "正文事项"), table, Numbered(1, 0, "后续事项")], ReportOutline());

        var read = ReportReader.Read("report.docx", bytes);

        Assert.True(read.Succeeded);
        Assert.Equal("一、正文事项\n二、表内事项\n三、后续事项", read.Report.Text);
    }

    [Fact]
    public void Read_ElevenTopLevelHeadings_CountsPastTen()
    {
        var headings = Enumerable.Range(1, 11).Select(i => Numbered(1, 0, "任务"));

        var read = ReportReader.Read("report.docx", Build(headings, ReportOutline()));

        Assert.True(read.Succeeded);
        Assert.Equal(
            "一、任务\n二、任务\n三、任务\n四、任务\n五、任务\n六、任务\n七、任务\n八、任务\n九、任务\n十、任务\n十一、任务",
            read.Report.Text);
    }

    [Fact]
    public void Read_HeadingStylesTiedToAList_TakeTheLevelOfTheirStyle()
    {
        // Word's multilevel list linked to 标题 1 / 标题 2: the styles carry w:numId, the levels name the styles.
        var numbering = new Numbering(List(
            5,
            Level(0, NumberFormatValues.ChineseCountingThousand, "%1、", styleId: "Heading1"),
            Level(1, NumberFormatValues.ChineseCountingThousand, "（%2）", styleId: "Heading2")));
        var styles = new Styles(HeadingStyle("Heading1", 5), HeadingStyle("Heading2", 5));
        var bytes = Build([Styled("Heading1", "主要成绩"), Styled("Heading2", "经济"), Styled("Heading2", "民生"), Styled("Heading1", "工作安排")], numbering, styles);

        var read = ReportReader.Read("report.docx", bytes);

        Assert.True(read.Succeeded);
        Assert.Equal("一、主要成绩\n（一）经济\n（二）民生\n二、工作安排", read.Report.Text);
    }

    [Fact]
    public void Read_NumIdZero_SwitchesOffTheStylesNumbering()
    {
        var numbering = new Numbering(List(5, Level(0, NumberFormatValues.ChineseCounting, "%1、", styleId: "Heading1")));
        var unnumbered = Styled("Heading1", "附件");
        unnumbered.ParagraphProperties!.Append(new NumberingProperties(new NumberingId { Val = 0 }));
        var bytes = Build([Styled("Heading1", "主要成绩"), unnumbered, Styled("Heading1", "工作安排")], numbering, new Styles(HeadingStyle("Heading1", 5)));

        var read = ReportReader.Read("report.docx", bytes);

        Assert.True(read.Succeeded);
        Assert.Equal("一、主要成绩\n附件\n二、工作安排", read.Report.Text);
    }

    [Fact]
    public void Read_StartOverrideAndLegalNumbering_AreHonoured()
    {
        var levels = List(
            3,
            Level(0, NumberFormatValues.ChineseCounting, "%1、"),
            Level(1, NumberFormatValues.Decimal, "%1.%2"));
        var second = (Level)levels[0].ChildElements[1];
        second.InsertBefore(new IsLegalNumberingStyle(), second.LevelText);
        var restarted = Instance(4, 3, new LevelOverride(new StartOverrideNumberingValue { Val = 3 }) { LevelIndex = 0 });
        var bytes = Build([Numbered(3, 0, "甲"), Numbered(3, 1, "细则"), Numbered(4, 0, "乙")], new Numbering([.. levels, restarted]));

        var read = ReportReader.Read("report.docx", bytes);

        Assert.True(read.Succeeded);
        Assert.Equal("一、甲\n1.1细则\n三、乙", read.Report.Text);
    }

    private static Style HeadingStyle(string id, int numId) => new(
        new StyleName { Val = id },
        new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = numId })))
    { StyleId = id, Type = StyleValues.Paragraph };
}
