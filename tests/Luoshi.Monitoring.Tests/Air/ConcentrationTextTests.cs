using System.Globalization;
using Luoshi.Monitoring.Air;

namespace Luoshi.Monitoring.Tests.Air;

public sealed class ConcentrationTextTests
{
    [Theory]
    [InlineData("35", 35.0)]
    [InlineData("0.8", 0.8)]
    [InlineData("12.25", 12.25)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("0", 0.0)]
    [InlineData("-0", 0.0)]
    [InlineData("1e3", 1000.0)]
    [InlineData(" 12 ", 12.0)]
    [InlineData("1234567890123456789", 1234567890123456789.0)]
    public void Parse_Number_IsThatNumber(string text, double expected)
    {
        Assert.Equal((CellKind.Value, expected), (ConcentrationText.Parse(text, out var value), value));
    }

    [Theory]
    [InlineData("", "Missing")]
    [InlineData("NA", "Missing")]
    [InlineData("na", "Missing")]
    [InlineData("  ", "Missing")]
    [InlineData("-3", "Negative")]
    [InlineData("-0.1", "Negative")]
    [InlineData("abc", "NotANumber")]
    [InlineData(".", "NotANumber")]
    [InlineData("1.2.3", "NotANumber")]
    [InlineData("NaN", "NotANumber")]
    [InlineData("Infinity", "NotANumber")]
    [InlineData("3,5", "NotANumber")]
    public void Parse_NotAConcentration_SaysWhatItIs(string text, string expected)
    {
        Assert.Equal(expected, ConcentrationText.Parse(text, out _).ToString());
    }

    [Fact]
    public void Parse_FastPath_IsBitForBitDoubleParse()
    {
        // The fast path divides an exact mantissa by an exact power of ten; it must agree with the full parser on
        // every value a network writes (here 200,000 seeded ones with 0–6 decimals).
        var random = new Random(7);
        for (var i = 0; i < 200_000; i++)
        {
            var decimals = random.Next(0, 7);
            var text = Math.Round(random.NextDouble() * Math.Pow(10, random.Next(0, 5)), decimals)
                .ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

            ConcentrationText.Parse(text, out var value);

            Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), value);
        }
    }
}
