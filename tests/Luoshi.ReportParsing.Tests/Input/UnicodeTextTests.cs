using System.Text;
using Luoshi.ReportParsing.Input;

namespace Luoshi.ReportParsing.Tests.Input;

public sealed class UnicodeTextTests
{
    private const string Sentence = "城镇登记失业率控制在4%以内。\n确保全市60%以上行政村达到美丽宜居村标准。";

    [Fact]
    public void Read_Utf8WithoutBom_ReturnsTextAsUtf8()
    {
        var read = ReportReader.Read("report.txt", Encoding.UTF8.GetBytes(Sentence));

        Assert.True(read.Succeeded);
        Assert.Equal(new ReportText("report.txt", Sentence, "utf-8"), read.Report);
    }

    [Fact]
    public void Read_Utf8WithBom_DropsTheBom()
    {
        var read = ReportReader.Read("report.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sentence)]);

        Assert.True(read.Succeeded);
        Assert.Equal(new ReportText("report.txt", Sentence, "utf-8"), read.Report);
    }

    [Fact]
    public void Read_Utf16LittleEndianWithBom_ReturnsTextAsUtf16()
    {
        var read = ReportReader.Read("report.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sentence)]);

        Assert.True(read.Succeeded);
        Assert.Equal(new ReportText("report.txt", Sentence, "utf-16"), read.Report);
    }

    [Fact]
    public void Read_Utf16BigEndianWithBom_ReturnsTextAsUtf16()
    {
        var read = ReportReader.Read("report.txt", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sentence)]);

        Assert.True(read.Succeeded);
        Assert.Equal(new ReportText("report.txt", Sentence, "utf-16"), read.Report);
    }

    [Fact]
    public void Read_Utf16WithSupplementaryCharacter_KeepsTheSurrogatePair()
    {
        // 𠀀 (U+20000) needs a surrogate pair, which the strict check must accept.
        var read = ReportReader.Read("report.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("𠀀村")]);

        Assert.True(read.Succeeded);
        Assert.Equal("𠀀村", read.Report.Text);
    }

    [Fact]
    public void Read_PlainAscii_ReturnsTextAsUtf8()
    {
        var read = ReportReader.Read("report.txt", "GDP 5.5%\r\n"u8.ToArray());

        Assert.True(read.Succeeded);
        Assert.Equal(new ReportText("report.txt", "GDP 5.5%\r\n", "utf-8"), read.Report);
    }

    [Fact]
    public void Read_TextWithAStrayControlCharacter_KeepsIt()
    {
        // One control character in a sentence is a slip in an editor, not a binary file.
        var text = "第一部分\f城镇登记失业率控制在4%以内\u0007。";

        var read = ReportReader.Read("report.txt", Encoding.UTF8.GetBytes(text));

        Assert.True(read.Succeeded);
        Assert.Equal(text, read.Report.Text);
    }

    [Fact]
    public void Read_Utf8File_NamesTheReportByItsFileName()
    {
        using var files = new TempReportFiles();
        var path = files.Write("四会市报告.txt", Encoding.UTF8.GetBytes(Sentence));

        var read = ReportReader.Read(path);

        Assert.True(read.Succeeded);
        Assert.Equal(new ReportText("四会市报告.txt", Sentence, "utf-8"), read.Report);
    }
}
