using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using Luoshi.ReportParsing.Input;
using static Luoshi.ReportParsing.Tests.Input.DocxBuilder;

namespace Luoshi.ReportParsing.Tests.Input;

public sealed class DocxTextTests
{
    [Fact]
    public void Read_Paragraphs_JoinsThemWithLineFeeds()
    {
        var bytes = Build(Paragraph("2023年政府工作报告"), Paragraph("各位代表："), Paragraph("现在，我代表市人民政府作工作报告。"));

        var read = ReportReader.Read("report.docx", bytes);

        Assert.True(read.Succeeded);
        Assert.Equal(new ReportText("report.docx", "2023年政府工作报告\n各位代表：\n现在，我代表市人民政府作工作报告。", "docx"), read.Report);
    }

    [Fact]
    public void Read_Table_ReadsEachCellParagraphInDocumentOrder()
    {
        var bytes = Build(
            Paragraph("重点任务分解表"),
            Table(["任务", "牵头单位"], ["建设绥江碧道", "市水利局"]),
            Paragraph("以上任务年内完成。"));

        var read = ReportReader.Read("report.docx", bytes);

        Assert.True(read.Succeeded);
        Assert.Equal("重点任务分解表\n任务\n牵头单位\n建设绥江碧道\n市水利局\n以上任务年内完成。", read.Report.Text);
    }

    [Fact]
    public void Read_RunsWithTabsAndBreaks_KeepsThemAsTabAndLineFeed()
    {
        var paragraph = new Paragraph(new Run(
            new WordText("牵头单位"), new TabChar(), new WordText("市农业农村局"), new Break(), new WordText("配合单位"), new CarriageReturn(), new WordText("各镇街")));

        var read = ReportReader.Read("report.docx", Build(paragraph));

        Assert.True(read.Succeeded);
        Assert.Equal("牵头单位\t市农业农村局\n配合单位\n各镇街", read.Report.Text);
    }

    [Fact]
    public void Read_TrackedDeletion_LeavesTheDeletedTextOut()
    {
        var paragraph = new Paragraph(
            Run("增长"),
            new DeletedRun(new Run(new DeletedText("6%"))) { Id = "1", Author = "审核" },
            new InsertedRun(Run("5.5%")) { Id = "2", Author = "审核" },
            Run("左右"));

        var read = ReportReader.Read("report.docx", Build(paragraph));

        Assert.True(read.Succeeded);
        Assert.Equal("增长5.5%左右", read.Report.Text);
    }

    [Fact]
    public void Read_DocxSavedWithTxtExtension_IsReadByContent()
    {
        using var files = new TempReportFiles();
        var path = files.Write("report.txt", Build(Paragraph("一、总体要求")));

        var read = ReportReader.Read(path);

        Assert.True(read.Succeeded);
        Assert.Equal(new ReportText("report.txt", "一、总体要求", "docx"), read.Report);
    }
}
