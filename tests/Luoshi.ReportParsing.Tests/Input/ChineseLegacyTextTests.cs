using Luoshi.ReportParsing.Input;

namespace Luoshi.ReportParsing.Tests.Input;

public sealed class ChineseLegacyTextTests
{
    private const string Simplified = "2023年，全市地区生产总值增长5.5%左右，城镇登记失业率控制在4%以内。";
    private const string Traditional = "2023年，全市地區生產總值增長5.5%左右，城鎮登記失業率控制在4%以內。";

    [Fact]
    public void Read_Gb18030Sentence_DecodesAsGb18030()
    {
        var read = ReportReader.Read("report.txt", LegacyEncodings.Gb18030.GetBytes(Simplified));

        Assert.True(read.Succeeded);
        Assert.Equal(new ReportText("report.txt", Simplified, "gb18030"), read.Report);
    }

    [Fact]
    public void Read_Big5Sentence_DecodesAsBig5()
    {
        var read = ReportReader.Read("report.txt", LegacyEncodings.Big5.GetBytes(Traditional));

        Assert.True(read.Succeeded);
        Assert.Equal(new ReportText("report.txt", Traditional, "big5"), read.Report);
    }

    [Fact]
    public void Read_TraditionalTextInGb18030_DecodesAsGb18030()
    {
        // Encoding and script are independent: mainland files may hold traditional characters too.
        var read = ReportReader.Read("report.txt", LegacyEncodings.Gb18030.GetBytes(Traditional));

        Assert.True(read.Succeeded);
        Assert.Equal(new ReportText("report.txt", Traditional, "gb18030"), read.Report);
    }

    [Fact]
    public void Read_Gb18030FourByteCharacter_Decodes()
    {
        // 㐀 (U+3400) is outside GBK; GB18030 writes it as the four bytes 81 39 EE 39.
        var read = ReportReader.Read("report.txt", [0x81, 0x39, 0xEE, 0x39, .. LegacyEncodings.Gb18030.GetBytes("村")]);

        Assert.True(read.Succeeded);
        Assert.Equal(new ReportText("report.txt", "㐀村", "gb18030"), read.Report);
    }

    [Fact]
    public void Read_Gb18030File_DecodesTheWholeFile()
    {
        using var files = new TempReportFiles();
        var text = Simplified + "\r\n" + "实施职业技能培训2千人次以上。";
        var path = files.Write("report-gbk.txt", LegacyEncodings.Gb18030.GetBytes(text));

        var read = ReportReader.Read(path);

        Assert.True(read.Succeeded);
        Assert.Equal(new ReportText("report-gbk.txt", text, "gb18030"), read.Report);
    }
}
