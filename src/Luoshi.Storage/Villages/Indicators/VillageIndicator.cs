using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Villages.Tallies;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Indicators;
using Luoshi.Storage.Schema;
using Luoshi.Storage.Villages.Tallies;

namespace Luoshi.Storage.Villages.Indicators;

/// <summary>What every village indicator shares: the scope names an area (and, for a tier share, a tier first), the
/// facts are read once per evaluation, and each period's value is the tally as of the period's end (or the as-of day
/// within the current period) for the plan's year.</summary>
internal abstract class VillageIndicator : IIndicatorSource
{
    public abstract IndicatorInfo Info { get; }

    public async Task<Words?> CheckScopeAsync(LedgerDbContext db, string scope, CancellationToken ct)
    {
        var data = await VillageData.ForAsync(db, ct).ConfigureAwait(false);
        var (subject, areaText) = Split(scope);
        return VillageArea.Find(areaText, data.Areas) is null ? Catalogue.Villages.UnknownArea(areaText) : CheckSubject(subject, data);
    }

    public async Task<IndicatorSeries> ReadAsync(LedgerDbContext db, string scope, ReportingCalendar calendar, DateOnly asOf, CancellationToken ct)
    {
        var data = await VillageData.ForAsync(db, ct).ConfigureAwait(false);
        var (subject, areaText) = Split(scope);
        var area = VillageArea.Find(areaText, data.Areas)!;
        var threshold = data.ThresholdOf(calendar.Year);
        var values = new List<Observation>();
        VillageTally? last = null;
        var lastDay = asOf;
        foreach (var period in calendar.Periods.Where(p => p.Start <= asOf))
        {
            lastDay = period.End < asOf ? period.End : asOf;
            last = data.TallyOf(area, lastDay, calendar.Year);
            if (Observe(period.Number, subject, last, threshold) is { } observation)
            {
                values.Add(observation);
            }
        }

        var (note, noteZh) = last is null ? ("nothing is due yet", "尚未开始") : Describe(subject, area.Name, last, lastDay, calendar.Year, threshold);
        return new IndicatorSeries(values, new Words(noteZh, note));
    }

    /// <summary>Null when the part of the scope before the area is right (a tier name), else why not.</summary>
    protected virtual Words? CheckSubject(string subject, VillageData data) => null;

    /// <summary>Whether the scope names a subject before an area (TIER@AREA).</summary>
    protected virtual bool HasSubject => false;

    protected abstract Observation? Observe(int period, string subject, VillageTally tally, decimal? threshold);

    protected abstract (string Note, string NoteZh) Describe(string subject, string area, VillageTally tally, DateOnly day, int year, decimal? threshold);

    protected static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected static string Num(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    protected static string Share(int part, int whole) => whole == 0 ? "-" : Num(Math.Round(part * 100m / whole, 2)) + "%";

    // "美丽宜居村@大沙镇" → (美丽宜居村, 大沙镇); a tier share without an area is the region's.
    private (string Subject, string Area) Split(string scope)
    {
        if (!HasSubject)
        {
            return ("", scope.Trim());
        }

        var at = scope.LastIndexOf('@');
        return at < 0 ? (scope.Trim(), VillageArea.Region) : (scope[..at].Trim(), scope[(at + 1)..].Trim());
    }
}
