using System.Globalization;
using Luoshi.Indicators.Air;

namespace Luoshi.Indicators.Tests.Air;

/// <summary>Choosing the rules by the date of the data: HJ 633-2012 to 28 February 2026, HJ 633—2026 from 1 March 2026.</summary>
public sealed class AirStandardsTests
{
    [Theory]
    [InlineData("2022-06-30", AirStandard.Hj633Of2012)]
    [InlineData("2026-02-28", AirStandard.Hj633Of2012)]
    [InlineData("2026-03-01", AirStandard.Hj633Of2026)]
    [InlineData("2031-01-01", AirStandard.Hj633Of2026)]
    public void InForceOn_ChangesOn1March2026(string date, AirStandard expected) =>
        Assert.Equal(expected, AirStandards.InForceOn(Day(date)));

    [Fact]
    public void SpansOf_AYearStraddlingTheChange_IsTwoStretches()
    {
        var spans = AirStandards.SpansOf(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

        // 31 + 28 days under the 2012 rules, 306 under the 2026 ones.
        Assert.Equal(
            [new StandardSpan(AirStandard.Hj633Of2012, new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28)),
             new StandardSpan(AirStandard.Hj633Of2026, new DateOnly(2026, 3, 1), new DateOnly(2026, 12, 31))],
            spans);
        Assert.Equal((59, 306), (spans[0].Days, spans[1].Days));
    }

    [Theory]
    [InlineData("2025-01-01", "2025-12-31", AirStandard.Hj633Of2012)]
    [InlineData("2026-03-01", "2026-03-01", AirStandard.Hj633Of2026)]
    [InlineData("2027-01-01", "2027-12-31", AirStandard.Hj633Of2026)]
    public void SpansOf_AYearOnOneSide_IsOneStretch(string from, string to, AirStandard standard) =>
        Assert.Equal(standard, Assert.Single(AirStandards.SpansOf(Day(from), Day(to))).Standard);

    [Fact]
    public void SpansOf_EndBeforeStart_IsEmpty() =>
        Assert.Empty(AirStandards.SpansOf(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 1)));

    [Fact]
    public void Name_IsTheNumberAsPrinted() =>
        Assert.Equal(("HJ 633-2012", "HJ 633-2026"), (AirStandards.Name(AirStandard.Hj633Of2012), AirStandards.Name(AirStandard.Hj633Of2026)));

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
