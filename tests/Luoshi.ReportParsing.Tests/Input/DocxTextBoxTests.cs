using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static Luoshi.ReportParsing.Tests.Input.DocxBuilder;
using Vml = DocumentFormat.OpenXml.Vml;

namespace Luoshi.ReportParsing.Tests.Input;

public sealed class DocxTextBoxTests
{
    [Fact]
    public void Read_TextBoxWithFallbackCopy_ReadsItOnceOnItsOwnLine()
    {
        // Word writes a text box as a DrawingML choice and a VML fallback holding the same paragraphs.
        var alternate = new AlternateContent(
            new AlternateContentChoice(new Picture(TextBox("文本框"))) { Requires = "wps" },
            new AlternateContentFallback(new Picture(TextBox("文本框"))));
        alternate.AddNamespaceDeclaration("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape");
        var anchor = new Paragraph(Run("正文"), new Run(alternate), Run("继续"));

        var read = Luoshi.ReportParsing.Input.ReportReader.Read("report.docx", Build(anchor));

        Assert.True(read.Succeeded);
        Assert.Equal("正文继续\n文本框", read.Report.Text);
    }

    private static Vml.Shape TextBox(string text) =>
        new(new Vml.TextBox(new TextBoxContent(Paragraph(text)))) { Id = "box", Style = "width:100pt;height:40pt" };
}
