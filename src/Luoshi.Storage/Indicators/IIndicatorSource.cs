using Luoshi.Domain.Periods;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Indicators;

/// <summary>A computed indicator a target can be bound to: it checks a scope when the office binds, and produces the
/// target's values per period from the ledger's own data (monitoring data, registers) when the ledger is evaluated.</summary>
internal interface IIndicatorSource
{
    /// <summary>What the indicator is, for lists and for the office choosing one.</summary>
    IndicatorInfo Info { get; }

    /// <summary>Null when <paramref name="scope"/> names something this source can compute over, else why not.</summary>
    Task<Words?> CheckScopeAsync(LedgerDbContext db, string scope, CancellationToken ct);

    /// <summary>The value as of the end of each period up to <paramref name="asOf"/> (the current period as of that
    /// day), and a sentence on how it was computed.</summary>
    Task<IndicatorSeries> ReadAsync(LedgerDbContext db, string scope, ReportingCalendar calendar, DateOnly asOf, CancellationToken ct);
}
