using Luoshi.ReportParsing.Input;

namespace Luoshi.ReportParsing.Tests.Input;

/// <summary>Bytes that read as valid text in both GB18030 and Big5, where the reader has to choose.</summary>
public sealed class GbOrBig5ChoiceTests
{
    [Fact]
    public void Read_LongerGb18030TextValidInBoth_DecodesAsGb18030()
    {
        const string Text = "深化稳定服务社会治理科技创新交通水利文化旅游效益质量工业";
        var bytes = LegacyEncodings.Gb18030.GetBytes(Text);
        Assert.True(IsOrdinaryText(LegacyEncodings.Big5.GetString(bytes)));

        var read = ReportReader.Read("report.txt", bytes);

        Assert.True(read.Succeeded);
        Assert.Equal(new ReportText("report.txt", Text, "gb18030"), read.Report);
    }

    [Fact]
    public void Read_LongerBig5TextValidInBoth_DecodesAsBig5()
    {
        const string Text = "發展經濟政府推進項目生態環境民生教育醫療就業目標任務落實完成提高";
        var bytes = LegacyEncodings.Big5.GetBytes(Text);
        Assert.True(IsOrdinaryText(LegacyEncodings.Gb18030.GetString(bytes)));

        var read = ReportReader.Read("report.txt", bytes);

        Assert.True(read.Succeeded);
        Assert.Equal(new ReportText("report.txt", Text, "big5"), read.Report);
    }

    [Theory]
    [InlineData("深化")]
    [InlineData("稳定")]
    [InlineData("服务")]
    [InlineData("社会")]
    [InlineData("治理")]
    public void Read_ShortGb18030TextAlsoValidAsBig5_DecodesAsGb18030(string text)
    {
        var bytes = LegacyEncodings.Gb18030.GetBytes(text);
        Assert.True(IsOrdinaryText(LegacyEncodings.Big5.GetString(bytes))); // the bytes really are valid Big5 as well

        var read = ReportReader.Read("report.txt", bytes);

        Assert.True(read.Succeeded);
        Assert.Equal(new ReportText("report.txt", text, "gb18030"), read.Report);
    }

    [Theory]
    [InlineData("發展經濟")]
    [InlineData("政府")]
    [InlineData("完成")]
    [InlineData("群眾")]
    [InlineData("目標")]
    public void Read_ShortBig5TextAlsoValidAsGb18030_DecodesAsBig5(string text)
    {
        var bytes = LegacyEncodings.Big5.GetBytes(text);
        Assert.True(IsOrdinaryText(LegacyEncodings.Gb18030.GetString(bytes))); // the bytes really are valid GB18030 as well

        var read = ReportReader.Read("report.txt", bytes);

        Assert.True(read.Succeeded);
        Assert.Equal(new ReportText("report.txt", text, "big5"), read.Report);
    }

    [Fact]
    public void Read_ShortTextEquallyPlausibleInBoth_PrefersGb18030()
    {
        // 提高 in Big5 (B4 A3 B0 AA) is 矗蔼 in GB2312's common block: without character frequencies the two
        // readings tie, and the tie goes to the mainland encoding. Real reports are long enough not to tie.
        var read = ReportReader.Read("report.txt", LegacyEncodings.Big5.GetBytes("提高"));

        Assert.True(read.Succeeded);
        Assert.Equal(new ReportText("report.txt", "矗蔼", "gb18030"), read.Report);
    }

    // The code-page tables map unassigned codes to private use or C1 controls instead of failing.
    private static bool IsOrdinaryText(string text) => !text.Any(c => c is (>= '\uE000' and <= '\uF8FF') or (>= '\u0080' and <= '\u009F'));
}
