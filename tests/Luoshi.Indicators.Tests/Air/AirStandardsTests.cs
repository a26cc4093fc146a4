using Luoshi.Indicators.Air;

namespace Luoshi.Indicators.Tests.Air;

/// <summary>Choosing the rules by the date of the data; the 2026 revision is not implemented and says so.</summary>
public sealed class AirStandardsTests
{
    [Theory]
    [InlineData("2022-06-30")]
    [InlineData("2026-02-28")]
    public void Before2026Revision_IsHj633Of2012(string date) =>
        Assert.Equal(AirStandard.Hj633Of2012, AirStandards.InForceOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void From1March2026_IsNotImplementedYet() =>
        Assert.Throws<NotSupportedException>(() => AirStandards.InForceOn(new DateOnly(2026, 3, 1)));
}
