using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Indicators;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Reading;

/// <summary>Computes the values of targets bound to an indicator, once per binding and plan calendar: several targets
/// (the same 优良率 in two plans' tasks) share one computation.</summary>
internal static class ComputedValues
{
    public static async Task<IndicatorSeries> ReadAsync(
        LedgerDbContext db, IndicatorBinding binding, ReportingCalendar calendar, DateOnly asOf,
        Dictionary<(string, int, ReportingCadence), IndicatorSeries> cache, CancellationToken ct)
    {
        var key = (binding.ToString(), calendar.Year, calendar.Cadence);
        if (cache.TryGetValue(key, out var known))
        {
            return known;
        }

        // A binding whose indicator has since gone (or a scope since deleted) must not stop the whole ledger's
        // evaluation: the target shows no value and says why.
        var series = IndicatorSources.Find(binding.Indicator) is { } source
            ? await source.CheckScopeAsync(db, binding.Scope, ct).ConfigureAwait(false) is { } problem
                ? IndicatorSeries.Empty(problem)
                : await source.ReadAsync(db, binding.Scope, calendar, asOf, ct).ConfigureAwait(false)
            : IndicatorSeries.Empty(Catalogue.Ledger.UnknownIndicator(binding.Indicator));
        cache[key] = series;
        return series;
    }

    /// <summary>Every period of the calendar: a computed value is never "not reported".</summary>
    public static PeriodSet AllPeriods(ReportingCalendar calendar)
    {
        var all = default(PeriodSet);
        foreach (var period in calendar.Periods)
        {
            all = all.With(period.Number);
        }

        return all;
    }
}
