using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Wording;
using Luoshi.Indicators.Water;
using Luoshi.Monitoring.Notes;
using Luoshi.Storage.Indicators;
using Luoshi.Storage.Schema;
using Luoshi.Domain.Reading;

namespace Luoshi.Storage.Monitoring.Water;

/// <summary><c>water.compliance-rate:省考及以上</c>: the share of a set's sections whose class over the year to date (the
/// mean of each item over the samples since 1 January, GB 3838-2002 single factor) meets their target class, per
/// period; sections without a sample are named and left out of the rate, never counted as meeting.</summary>
internal sealed class ComplianceRateSource : IIndicatorSource
{
    public const string Name = "water.compliance-rate";

    public IndicatorInfo Info { get; } = new(Name, "断面水质达标率", "share of sections meeting their target class", "%", ValueNature.Level,
        "a section set or a section code, e.g. 省考及以上 (luoshi sections list)",
        Keywords: ["断面", "水质达标率"], DefaultScope: "省考及以上");

    public async Task<Words?> CheckScopeAsync(LedgerDbContext db, string scope, CancellationToken ct) =>
        (await WaterScope.ResolveAsync(db, scope, ct).ConfigureAwait(false)).Problem;

    public async Task<IndicatorSeries> ReadAsync(LedgerDbContext db, string scope, ReportingCalendar calendar, DateOnly asOf, CancellationToken ct)
    {
        var (sections, problem) = await WaterScope.ResolveAsync(db, scope, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return IndicatorSeries.Empty(problem.Value);
        }

        var (from, to) = MeasuredDays.Of(calendar.Year, asOf);
        if (to < from)
        {
            return IndicatorSeries.Empty(Catalogue.Monitoring.NoDayEnded(calendar.Year));
        }

        var rules = sections.Select(s => s.ToRule()).ToList();
        var samples = await WaterSampleRead.ReadAsync(db, sections, from, to, ct).ConfigureAwait(false);
        var values = new List<Observation>();
        foreach (var period in calendar.Periods.Where(p => p.Start <= to))
        {
            var rate = ComplianceRate.Of(rules, samples, from, period.End < to ? period.End : to);
            if (rate.Rate is { } r)
            {
                values.Add(new Observation(period.Number, decimal.Round(r * 100m, 4), rate.Meeting, rate.Evaluated));
            }
        }

        return new IndicatorSeries(values, ComplianceNotes.Of(scope, ComplianceRate.Of(rules, samples, from, to), samples.Count));
    }
}
