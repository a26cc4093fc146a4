using Luoshi.Indicators.Air.Daily;

namespace Luoshi.Indicators.Air.Annual;

/// <summary>The GB 3095 attainment statistics of a station or city from 1 January to a day (HJ 663-2013 statistics,
/// GB 3095—2026 Table 4 data rules, the limits of the phase in force on that day).</summary>
public static class AnnualAssessment
{
    /// <summary>Every statistic of <see cref="AnnualStatistics.All"/> over 1 January of <paramref name="to"/>'s year to
    /// <paramref name="to"/>.</summary>
    public static IReadOnlyList<AnnualFigure> Of(AnnualSeries series, DateOnly to, AreaClass areaClass)
    {
        ArgumentNullException.ThrowIfNull(series);
        var phase = Gb3095Phases.InForceOn(to);
        return [.. AnnualStatistics.All.Select(statistic => Of(series, statistic, to, phase, areaClass))];
    }

    /// <summary>One statistic over 1 January of <paramref name="to"/>'s year to <paramref name="to"/>, judged against the
    /// limits of <paramref name="phase"/>.</summary>
    public static AnnualFigure Of(AnnualSeries series, AnnualStatistic statistic, DateOnly to, Gb3095Phase phase, AreaClass areaClass)
    {
        ArgumentNullException.ThrowIfNull(series);
        var points = YearToDate(series.Of(AnnualStatistics.PollutantOf(statistic)), to);
        return new AnnualFigure(
            statistic, ValueOf(statistic, points), Gb3095Limits.Of(phase, areaClass, statistic), phase, areaClass,
            DataCompleteness.Of(points.Select(p => p.Date), to));
    }

    /// <summary>The statistic of the given daily values, rounded by GB/T 8170; null for none.</summary>
    public static double? ValueOf(AnnualStatistic statistic, IReadOnlyList<DailyPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            return null;
        }

        var decimals = AnnualStatistics.PollutantOf(statistic) == Pollutant.Co ? StatisticRounding.CarbonMonoxide : StatisticRounding.Micrograms;
        if (AnnualStatistics.PercentileOf(statistic) is not { } percent)
        {
            var sum = 0m;
            foreach (var point in points)
            {
                sum += (decimal)point.Value;
            }

            return StatisticRounding.Round((double)(sum / points.Count), decimals);
        }

        var sorted = points.Select(p => p.Value).Order().ToArray();
        return StatisticRounding.Round(Percentiles.Of(sorted, percent)!.Value, decimals);
    }

    /// <summary>The points from 1 January of <paramref name="to"/>'s year to <paramref name="to"/>.</summary>
    public static IReadOnlyList<DailyPoint> YearToDate(IReadOnlyList<DailyPoint> points, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(points);
        var from = new DateOnly(to.Year, 1, 1);
        return [.. points.Where(p => p.Date >= from && p.Date <= to)];
    }
}
