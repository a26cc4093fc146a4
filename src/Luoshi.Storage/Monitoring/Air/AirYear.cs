using Luoshi.Domain.Periods;
using Luoshi.Domain.Wording;
using Luoshi.Indicators.Air.Annual;
using Luoshi.Indicators.Air.Daily;
using Luoshi.Monitoring.Air;
using Luoshi.Monitoring.Notes;
using Luoshi.Storage.Indicators;
using Luoshi.Storage.Monitoring.Stations;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Monitoring.Air;

/// <summary>What every air indicator reads for a scope and plan year: its stations, the set's days from 1 January to
/// the last full day (the day before the evaluation day, at most 31 December), and the office's area class.</summary>
internal sealed record AirYear(
    string Scope, IReadOnlyList<AirStation> Stations, SortedDictionary<DateOnly, CityDay> Days, DateOnly From, DateOnly To, AreaClass AreaClass)
{
    /// <summary>What the notes beside its figures name first.</summary>
    public NoteSpan Span => new(Scope, Stations.Count, From, To);

    /// <summary>The station ids, for reading other stretches of the same scope.</summary>
    public List<int> StationIds => [.. Stations.Select(s => s.Id)];

    /// <summary>The measured days of the year (<see cref="MeasuredDays"/>), or the series that says why there is none (an
    /// unknown scope, no day ended yet).</summary>
    public static async Task<(AirYear? Year, IndicatorSeries? Empty)> ReadAsync(
        LedgerDbContext db, string scope, ReportingCalendar calendar, DateOnly asOf, CancellationToken ct)
    {
        var (stations, problem) = await AirScope.ResolveAsync(db, scope, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return (null, IndicatorSeries.Empty(problem.Value));
        }

        var (from, to) = MeasuredDays.Of(calendar.Year, asOf);
        if (to < from)
        {
            return (null, IndicatorSeries.Empty(Catalogue.Monitoring.NoDayEnded(calendar.Year)));
        }

        var days = await AirDayRead.ReadAsync(db, [.. stations.Select(s => s.Id)], from, to, ct).ConfigureAwait(false);
        var areaClass = await AirSettings.AreaClassOfAsync(db, scope, ct).ConfigureAwait(false);
        return (new AirYear(scope, stations, days, from, to, areaClass), null);
    }

    /// <summary>The valid daily values per pollutant of the days read, for the annual statistics.</summary>
    public AnnualSeries Series()
    {
        var series = new AnnualSeries();
        foreach (var day in Days.Values)
        {
            series.Add(day);
        }

        return series;
    }

    /// <summary>Every day from <see cref="From"/> to <see cref="To"/> counted three ways (in force, all by 2012, all by
    /// 2026), a date without any row an invalid day without data, as <see cref="AirTally"/> counts it.</summary>
    public GoodDayComparison Comparison() => ComparisonOf(Days, From, To);

    /// <summary>The same over any stretch of read days.</summary>
    public static GoodDayComparison ComparisonOf(IReadOnlyDictionary<DateOnly, CityDay> days, DateOnly from, DateOnly to)
    {
        var comparison = new GoodDayComparison();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            if (days.TryGetValue(date, out var day))
            {
                comparison.Add(day);
            }
            else
            {
                comparison.AddInvalid(date, AirTally.Everything);
            }
        }

        return comparison;
    }

    /// <summary>The last day of each period up to the last full day, for the period values.</summary>
    public IEnumerable<(int Period, DateOnly End)> PeriodEnds(ReportingCalendar calendar) =>
        calendar.Periods.Where(p => p.Start <= To).Select(p => (p.Number, Min(p.End, To)));

    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
