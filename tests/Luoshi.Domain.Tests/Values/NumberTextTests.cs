using Luoshi.Domain.Values;

namespace Luoshi.Domain.Tests.Values;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData("1234.5", 1234.5)]
    [InlineData(" 42 ", 42)]
    [InlineData("１２３", 123)]
    [InlineData("１２．５", 12.5)]
    [InlineData("12。5", 12.5)]
    [InlineData("－３", -3)]
    [InlineData("−3", -3)]
    [InlineData("1,234,567", 1234567)]
    [InlineData("1，234", 1234)]
    [InlineData("1.5E-05", 0.000015)]
    public void TryParse_HowPeopleTypeNumbers_TheNumber(string text, double expected)
    {
        Assert.True(NumberText.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("六百")]
    [InlineData("1,5")]
    [InlineData("12,34")]
    [InlineData("1 234")]
    [InlineData("1e308")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("12%")]
    public void TryParse_NotANumber_Refused(string text) => Assert.False(NumberText.TryParse(text, out _));

    [Theory]
    [InlineData("3.8%", 3.8)]
    [InlineData("３．８％", 3.8)]
    public void TryParse_PercentAllowed_TrailingSignDropped(string text, double expected)
    {
        Assert.True(NumberText.TryParse(text, out var value, percent: true));
        Assert.Equal((decimal)expected, value);
    }
}
