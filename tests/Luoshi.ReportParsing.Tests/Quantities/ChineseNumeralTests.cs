using Luoshi.ReportParsing.Quantities;

namespace Luoshi.ReportParsing.Tests.Quantities;

public sealed class ChineseNumeralTests
{
    [Theory]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("两千", 2000)]
    [InlineData("一百二十", 120)]
    [InlineData("一百零五", 105)]
    [InlineData("三千万", 30_000_000)]
    [InlineData("一万二千", 12_000)]
    [InlineData("十万", 100_000)]
    [InlineData("一亿二千万", 120_000_000)]
    [InlineData("三亿五千万", 350_000_000)]
    [InlineData("一万亿", 1_000_000_000_000)]
    public void Read_WellFormedNumber_ReturnsItsValue(string text, decimal expected)
    {
        var (length, value) = ChineseNumeral.Read(text);

        Assert.Equal(text.Length, length);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("十件民生实事", 1, 10)]
    [InlineData("两个工程", 1, 2)]
    [InlineData("六个机制", 1, 6)]
    public void Read_NumberBeforeText_StopsAtTheFirstNonNumeral(string text, int expectedLength, decimal expected)
    {
        Assert.Equal((expectedLength, expected), ChineseNumeral.Read(text));
    }

    [Theory]
    [InlineData("十四五")] // a plan's name, not fourteen-five
    [InlineData("二〇二二")] // a year written digit by digit
    [InlineData("百")]
    [InlineData("万")]
    public void Read_NotOneNumber_ReadsNothing(string text)
    {
        Assert.Equal(0, ChineseNumeral.Read(text).Length);
    }

    [Theory]
    [InlineData("千人次", 2, 2000)]
    [InlineData("万亿元", 1.3, 1_300_000_000_000)]
    [InlineData("万人", 1200, 12_000_000)]
    public void ApplyScales_ScaleCharactersAfterDigits_MultiplyTheValue(string text, decimal digits, decimal expected)
    {
        var (_, value) = ChineseNumeral.ApplyScales(text, digits, _ => false);

        Assert.Equal(expected, value);
    }
}
