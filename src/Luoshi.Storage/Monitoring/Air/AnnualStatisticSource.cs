using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Reading;
using Luoshi.Indicators.Air.Annual;
using Luoshi.Monitoring.Notes;
using Luoshi.Storage.Indicators;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Monitoring.Air;

/// <summary>An annual GB 3095 statistic of a station set (its city days, HJ 663-2013) or a station from 1 January to the
/// end of each period — <c>air.pm25-annual-mean</c>, <c>air.pm10-annual-mean</c>, <c>air.o3-8h-p90</c> — in µg/m³, a
/// level held all year; the note names the limit of the phase in force, the area class and the data completeness, and
/// for a goal "at most g" what the rest of the year may still have.</summary>
internal sealed class AnnualStatisticSource(AnnualStatistic statistic, IndicatorInfo info) : AirIndicatorSource
{
    /// <summary><c>air.pm25-annual-mean</c>: PM2.5年均浓度.</summary>
    public static AnnualStatisticSource Pm25AnnualMean { get; } = new(AnnualStatistic.Pm25AnnualMean, new(
        "air.pm25-annual-mean", "细颗粒物（PM2.5）年平均浓度", "PM2.5 annual mean", "微克/立方米", ValueNature.Level,
        ScopeHelp, Keywords: ["PM2.5", "PM₂.₅", "细颗粒物"], DefaultScope: "城区"));

    /// <summary><c>air.pm10-annual-mean</c>: PM10年均浓度.</summary>
    public static AnnualStatisticSource Pm10AnnualMean { get; } = new(AnnualStatistic.Pm10AnnualMean, new(
        "air.pm10-annual-mean", "可吸入颗粒物（PM10）年平均浓度", "PM10 annual mean", "微克/立方米", ValueNature.Level,
        ScopeHelp, Keywords: ["PM10", "PM₁₀", "可吸入颗粒物"], DefaultScope: "城区"));

    /// <summary><c>air.o3-8h-p90</c>: 臭氧日最大8小时平均第90百分位数浓度.</summary>
    public static AnnualStatisticSource O3EightHour90 { get; } = new(AnnualStatistic.O3EightHour90, new(
        "air.o3-8h-p90", "臭氧（O3）日最大8小时平均第90百分位数浓度", "O3 90th percentile of the daily maximum 8-hour means", "微克/立方米", ValueNature.Level,
        ScopeHelp, Keywords: ["臭氧", "O3", "O₃"], DefaultScope: "城区"));

    public override IndicatorInfo Info { get; } = info;

    protected override async Task<IndicatorSeries> ComputeAsync(LedgerDbContext db, AirYear air, ReportingCalendar calendar, CancellationToken ct)
    {
        var series = air.Series();
        var values = new List<Observation>();
        foreach (var (period, end) in air.PeriodEnds(calendar))
        {
            var figure = AnnualAssessment.Of(series, statistic, end, Gb3095Phases.InForceOn(end), air.AreaClass);
            if (figure.Value is { } value)
            {
                values.Add(new Observation(period, (decimal)value));
            }
        }

        var year = AnnualAssessment.Of(series, statistic, air.To, Gb3095Phases.InForceOn(air.To), air.AreaClass);
        var soFar = AnnualAssessment.YearToDate(series.Of(AnnualStatistics.PollutantOf(statistic)), air.To);
        var restMean = await RestOfLastYearMeanAsync(db, air, ct).ConfigureAwait(false);
        return new IndicatorSeries(values, AnnualNotes.Of(air.Span, year), goal => AnnualNotes.ForGoal(goal, year, soFar, restMean));
    }

    /// <summary>Last year's mean of the pollutant over the dates still to come this year, for the projection of a mean;
    /// null for a percentile or without data.</summary>
    private async Task<double?> RestOfLastYearMeanAsync(LedgerDbContext db, AirYear air, CancellationToken ct)
    {
        var (from, end) = (air.To.AddDays(1).AddYears(-1), new DateOnly(air.To.Year - 1, 12, 31));
        if (AnnualStatistics.PercentileOf(statistic) is not null || from > end)
        {
            return null;
        }

        var lastYear = new AnnualSeries();
        foreach (var day in (await AirDayRead.ReadAsync(db, air.StationIds, from, end, ct).ConfigureAwait(false)).Values)
        {
            lastYear.Add(day);
        }

        var points = lastYear.Of(AnnualStatistics.PollutantOf(statistic));
        return points.Count == 0 ? null : points.Average(p => p.Value);
    }
}
