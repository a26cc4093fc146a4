using Luoshi.Documents.Csv;

namespace Luoshi.Documents.Tests.Csv;

/// <summary>The OWASP list of characters that make a spreadsheet read a cell as a formula, each neutralised; anything
/// else, Chinese text included, unchanged.</summary>
public sealed class CsvTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"点我\")", "'=HYPERLINK(\"http://x\",\"点我\")")]
    [InlineData("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    public void Cell_StartingWithAFormulaCharacter_GetsALeadingApostrophe(string text, string expected) =>
        Assert.Equal(expected, CsvText.Cell(text));

    [Theory]
    [InlineData("四会市人力资源和社会保障局", "四会市人力资源和社会保障局")]
    [InlineData("a=b", "a=b")]
    [InlineData(" =1", " =1")]
    [InlineData("'quoted", "'quoted")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Cell_OtherText_Unchanged(string? text, string expected) => Assert.Equal(expected, CsvText.Cell(text));
}
