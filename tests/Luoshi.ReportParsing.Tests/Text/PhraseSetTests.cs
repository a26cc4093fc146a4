using Luoshi.ReportParsing.Text;

namespace Luoshi.ReportParsing.Tests.Text;

public sealed class PhraseSetTests
{
    private static readonly PhraseSet Keywords = new(["排放", "排放总量", "就业", "水", "学位"]);

    [Theory]
    [InlineData("加强城镇就业服务", 4, "就业")]
    [InlineData("控制排放总量", 2, "排放总量")] // the longest phrase at a position wins
    [InlineData("控制排放", 2, "排放")]
    [InlineData("新增学位和就业", 2, "学位")] // the leftmost phrase wins, whatever the set's order
    [InlineData("改善水质", 2, "水")] // one-character phrases are found too
    [InlineData("水", 0, "水")]
    [InlineData("就业", 0, "就业")]
    [InlineData("稳就", -1, "")] // a phrase cut off at the end of the span is not there
    [InlineData("", -1, "")]
    [InlineData("加强基层治理", -1, "")]
    public void Find_LeftmostThenLongest(string text, int at, string phrase)
    {
        Assert.Equal((at, phrase), Keywords.Find(text));
    }

    [Fact]
    public void Find_PairThatSharesABitWithAPhrase_IsNotAMatch()
    {
        // Pairs are hashed as 31 × first + second: one more on the first character and 31 less on the second
        // gives 就业's bit for a text that holds no phrase; the comparison must still say no.
        var first = (char)('就' + 1);
        var second = (char)('业' - 31);
        var text = new string([first, second]);

        Assert.Equal((-1, ""), Keywords.Find(text));
    }

    [Fact]
    public void IsIn_TellsWhetherAnyPhraseOccurs()
    {
        Assert.True(Keywords.IsIn("减少排放"));
        Assert.False(Keywords.IsIn("减少排"));
    }
}
