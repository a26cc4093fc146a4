using System.Globalization;
using Luoshi.Indicators.Air.Annual;

namespace Luoshi.Indicators.Tests.Air.Annual;

/// <summary>GB 3095 Table 1 as docs/air-standards-2026.md gives it (read from the official texts), every statistic, phase
/// and class; and the phase in force by date.</summary>
public sealed class Gb3095LimitsTests
{
    private const Gb3095Phase Of2012 = Gb3095Phase.Gb3095Of2012;
    private const Gb3095Phase Transition = Gb3095Phase.Gb3095Of2026Transition;
    private const Gb3095Phase Final = Gb3095Phase.Gb3095Of2026Final;

    // statistic: (class 1, class 2) for GB 3095-2012, the 2026 transition limits, the 2026 final limits.
    public static TheoryData<AnnualStatistic, Gb3095Phase, int, int> Table { get; } = Rows(
        (AnnualStatistic.So2AnnualMean, [(20, 60), (20, 60), (20, 20)]),
        (AnnualStatistic.So2Daily98, [(50, 150), (50, 150), (50, 50)]),
        (AnnualStatistic.No2AnnualMean, [(40, 40), (40, 40), (30, 30)]),
        (AnnualStatistic.No2Daily98, [(80, 80), (80, 80), (50, 50)]),
        (AnnualStatistic.Pm10AnnualMean, [(40, 70), (40, 60), (20, 50)]),
        (AnnualStatistic.Pm10Daily95, [(50, 150), (50, 120), (50, 100)]),
        (AnnualStatistic.CoDaily95, [(4, 4), (4, 4), (4, 4)]),
        (AnnualStatistic.O3EightHour90, [(100, 160), (100, 160), (100, 160)]),
        (AnnualStatistic.Pm25AnnualMean, [(15, 35), (15, 30), (10, 25)]),
        (AnnualStatistic.Pm25Daily95, [(35, 75), (35, 60), (25, 50)]));

    [Theory]
    [MemberData(nameof(Table))]
    public void Of_EveryCell(AnnualStatistic statistic, Gb3095Phase phase, int classOne, int classTwo) =>
        Assert.Equal(((decimal)classOne, (decimal)classTwo),
            (Gb3095Limits.Of(phase, AreaClass.One, statistic), Gb3095Limits.Of(phase, AreaClass.Two, statistic)));

    [Theory]
    [InlineData("2025-12-31", Of2012)]
    [InlineData("2026-02-28", Of2012)]
    [InlineData("2026-03-01", Transition)]
    [InlineData("2030-12-31", Transition)]
    [InlineData("2031-01-01", Final)]
    public void InForceOn_ByDate(string date, Gb3095Phase phase) =>
        Assert.Equal(phase, Gb3095Phases.InForceOn(DateOnly.Parse(date, CultureInfo.InvariantCulture)));

    private static TheoryData<AnnualStatistic, Gb3095Phase, int, int> Rows(params (AnnualStatistic Statistic, (int One, int Two)[] Phases)[] rows)
    {
        var data = new TheoryData<AnnualStatistic, Gb3095Phase, int, int>();
        foreach (var (statistic, phases) in rows)
        {
            for (var i = 0; i < phases.Length; i++)
            {
                data.Add(statistic, (Gb3095Phase)(i + 1), phases[i].One, phases[i].Two);
            }
        }

        return data;
    }
}
