using Luoshi.Domain.Periods;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Indicators;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Monitoring.Air;

/// <summary>What every air indicator does alike: a scope is a station set or a station code, and the values come from
/// the scope's days of the plan year (<see cref="AirYear"/>); a source says only how it computes from them.</summary>
internal abstract class AirIndicatorSource : IIndicatorSource
{
    /// <summary>The scope every air indicator takes, for the office choosing one.</summary>
    protected const string ScopeHelp = "a station set or a station code, e.g. 城区 (luoshi stations list)";

    public abstract IndicatorInfo Info { get; }

    public async Task<Words?> CheckScopeAsync(LedgerDbContext db, string scope, CancellationToken ct) =>
        (await AirScope.ResolveAsync(db, scope, ct).ConfigureAwait(false)).Problem;

    public async Task<IndicatorSeries> ReadAsync(LedgerDbContext db, string scope, ReportingCalendar calendar, DateOnly asOf, CancellationToken ct)
    {
        var (air, empty) = await AirYear.ReadAsync(db, scope, calendar, asOf, ct).ConfigureAwait(false);
        return air is null ? empty! : await ComputeAsync(db, air, calendar, ct).ConfigureAwait(false);
    }

    /// <summary>The values per period and the notes from the scope's year.</summary>
    protected abstract Task<IndicatorSeries> ComputeAsync(LedgerDbContext db, AirYear air, ReportingCalendar calendar, CancellationToken ct);
}
