using Luoshi.Cli.LedgerAccess;
using Luoshi.Storage;

namespace Luoshi.Cli.Tests;

public sealed class TargetValueTextTests
{
    [Fact]
    public void Parse_Number() => Assert.Equal(new TargetValue("T16.1", 400m, null, null, null), TargetValueText.Parse("T16.1=400").Value);

    [Fact]
    public void Parse_Percentage() => Assert.Equal(new TargetValue("T16.2", 3.8m, null, null, null), TargetValueText.Parse("T16.2=3.8%").Value);

    [Fact]
    public void Parse_Ratio() => Assert.Equal(new TargetValue("T3.1", null, 81m, 150m, null), TargetValueText.Parse("T3.1=81/150").Value);

    [Fact]
    public void Parse_MilestoneDone() =>
        Assert.Equal(new TargetValue("T14.1", 100m, null, null, new DateOnly(2022, 9, 15)), TargetValueText.Parse("T14.1=done:2022-09-15").Value);

    [Theory]
    [InlineData("T16.1", "--value T16.1: expected TARGET=VALUE, e.g. T15.1=400, T3.1=81/150 or T30.1=done:2022-09-15")]
    [InlineData("T16.1=很多", "--value T16.1=很多: expected a number after =")]
    [InlineData("T3.1=81/0", "--value T3.1=81/0: expected PART/WHOLE with numbers and a whole above 0, e.g. 81/150")]
    [InlineData("T14.1=done:15/9/2022", "--value T14.1=done:15/9/2022: expected the day it was done as YYYY-MM-DD after done:")]
    public void Parse_Mistake_SaysWhatWasExpected(string text, string error) => Assert.Equal((null, error), TargetValueText.Parse(text));
}
