namespace Luoshi.Indicators.Air.Annual;

/// <summary>
/// GB 3095 Table 1, the concentration limits an annual statistic is judged against: GB 3095-2012, and GB 3095—2026 with
/// its transition (to 2030) and final (from 2031) limits, for class-1 and class-2 areas. µg/m³, CO mg/m³.
/// </summary>
/// <remarks>
/// An annual mean is judged against the annual limit; a percentile of the 24-hour means against the 24-hour limit; the
/// O3 percentile of the daily maximum 8-hour means against the 8-hour limit. The values are those of
/// docs/air-standards-2026.md, read from the official texts.
/// </remarks>
public static class Gb3095Limits
{
    // (class 1, class 2) per phase: GB 3095-2012, 2026 transition, 2026 final.
    private static readonly Dictionary<AnnualStatistic, (decimal One, decimal Two)[]> Table = new()
    {
        [AnnualStatistic.So2AnnualMean] = [(20, 60), (20, 60), (20, 20)],
        [AnnualStatistic.So2Daily98] = [(50, 150), (50, 150), (50, 50)],
        [AnnualStatistic.No2AnnualMean] = [(40, 40), (40, 40), (30, 30)],
        [AnnualStatistic.No2Daily98] = [(80, 80), (80, 80), (50, 50)],
        [AnnualStatistic.Pm10AnnualMean] = [(40, 70), (40, 60), (20, 50)],
        [AnnualStatistic.Pm10Daily95] = [(50, 150), (50, 120), (50, 100)],
        [AnnualStatistic.CoDaily95] = [(4, 4), (4, 4), (4, 4)],
        [AnnualStatistic.O3EightHour90] = [(100, 160), (100, 160), (100, 160)],
        [AnnualStatistic.Pm25AnnualMean] = [(15, 35), (15, 30), (10, 25)],
        [AnnualStatistic.Pm25Daily95] = [(35, 75), (35, 60), (25, 50)],
    };

    /// <summary>The limit <paramref name="statistic"/> is judged against in <paramref name="phase"/> for
    /// <paramref name="areaClass"/>.</summary>
    public static decimal Of(Gb3095Phase phase, AreaClass areaClass, AnnualStatistic statistic)
    {
        if (!Table.TryGetValue(statistic, out var row) || !Enum.IsDefined(phase))
        {
            throw new ArgumentOutOfRangeException(nameof(statistic), statistic, "No such statistic or phase.");
        }

        var limits = row[(int)phase - 1];
        return areaClass switch
        {
            AreaClass.One => limits.One,
            AreaClass.Two => limits.Two,
            _ => throw new ArgumentOutOfRangeException(nameof(areaClass), areaClass, null),
        };
    }
}
