using Luoshi.ReportParsing.Input.Docx;

namespace Luoshi.ReportParsing.Tests.Input;

public sealed class ListNumberFormatTests
{
    [Theory]
    [InlineData(1, "chineseCounting", "一")]
    [InlineData(9, "chineseCounting", "九")]
    [InlineData(10, "chineseCounting", "十")]
    [InlineData(11, "chineseCounting", "十一")]
    [InlineData(19, "chineseCounting", "十九")]
    [InlineData(20, "chineseCounting", "二十")]
    [InlineData(21, "chineseCounting", "二十一")]
    [InlineData(99, "chineseCounting", "九十九")]
    [InlineData(100, "chineseCounting", "一〇〇")]
    [InlineData(10, "chineseCountingThousand", "十")]
    [InlineData(35, "chineseCountingThousand", "三十五")]
    [InlineData(100, "chineseCountingThousand", "一百")]
    [InlineData(101, "chineseCountingThousand", "一百〇一")]
    [InlineData(110, "chineseCountingThousand", "一百一十")]
    [InlineData(1001, "chineseCountingThousand", "一千〇一")]
    [InlineData(102, "ideographDigital", "一〇二")]
    [InlineData(10, "chineseLegalSimplified", "壹拾")]
    [InlineData(23, "chineseLegalSimplified", "贰拾叁")]
    [InlineData(1, "ideographTraditional", "甲")]
    [InlineData(10, "ideographTraditional", "癸")]
    [InlineData(3, "ideographZodiac", "寅")]
    [InlineData(7, "decimal", "7")]
    [InlineData(12, "decimal", "12")]
    [InlineData(3, "decimalZero", "03")]
    [InlineData(12, "decimalFullWidth", "１２")]
    [InlineData(3, "decimalEnclosedCircle", "③")]
    [InlineData(3, "decimalEnclosedParen", "⑶")]
    [InlineData(21, "decimalEnclosedCircle", "21")]
    [InlineData(27, "upperLetter", "AA")]
    [InlineData(2, "lowerLetter", "b")]
    [InlineData(14, "upperRoman", "XIV")]
    [InlineData(4, "lowerRoman", "iv")]
    [InlineData(5, "none", "")]
    [InlineData(5, "someFutureFormat", "5")]
    public void Format_Counter_WritesItAsWordDoes(int value, string format, string expected) =>
        Assert.Equal(expected, ListNumberFormat.Format(value, format));
}
