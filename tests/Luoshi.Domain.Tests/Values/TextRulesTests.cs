using Luoshi.Domain.Values;

namespace Luoshi.Domain.Tests.Values;

public sealed class TextRulesTests
{
    [Theory]
    [InlineData("东升村")]
    [InlineData("𠀀坑村")]
    [InlineData("")]
    public void Line_PlainText_Allowed(string text) => Assert.Null(TextRules.Line(text, TextRules.Name));

    [Theory]
    [InlineData("东升\0村", "expected text without control characters, found U+0000 at character 3")]
    [InlineData("a\u0007", "expected text without control characters, found U+0007 at character 2")]
    [InlineData("a\u0085b", "expected text without control characters, found U+0085 at character 2")]
    [InlineData("东升\n村", "expected text without control characters, found U+000A at character 3")]
    public void Line_ControlCharacters_RefusedWithWhere(string text, string expected) =>
        Assert.Equal(expected, TextRules.Line(text, TextRules.Name)!.Value.En);

    [Fact]
    public void Line_LoneSurrogate_Refused() =>
        Assert.Equal("expected text without control characters, found U+D800 at character 2", TextRules.Line(string.Concat("a", "\uD800", "b"), TextRules.Name)!.Value.En);

    [Fact]
    public void Block_LineBreaksAndTabs_Allowed() => Assert.Null(TextRules.Block("一、进展\r\n\t二、问题", TextRules.Narrative));

    [Fact]
    public void Block_LongerThanANarrative_RefusedWithBothLengths()
    {
        var problem = TextRules.Block(new string('进', 2001), TextRules.Narrative)!.Value;

        Assert.Equal(("应不超过 2000 个字符，实际 2001 个", "expected at most 2000 characters, found 2001"), (problem.Zh, problem.En));
    }
}
