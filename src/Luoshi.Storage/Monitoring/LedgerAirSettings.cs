using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Annual;
using Luoshi.Storage.Monitoring.Air;
using Luoshi.Storage.Monitoring.Views;

namespace Luoshi.Storage;

/// <summary>The air side of the ledger added with the 2026 standards: the office's area classes and goal versions, and
/// a scope's year under both HJ 633 versions with its GB 3095 attainment statistics.</summary>
public sealed partial class Ledger
{
    /// <summary>Sets the GB 3095 area class of a station set or station (一类区 1 or 二类区 2), audited.</summary>
    public Task<StoreResult> SetAirAreaClassAsync(string scope, AreaClass areaClass, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return AirSettings.SetAreaClassAsync(_session, scope, areaClass, ct);
    }

    /// <summary>Sets the HJ 633 version a plan's air goals were written under, or with null goes back to the default
    /// (the version in force on 1 January of the plan's year), audited.</summary>
    public Task<StoreResult> SetAirGoalStandardAsync(int planId, AirStandard? standard, CancellationToken ct = default) =>
        AirSettings.SetGoalStandardAsync(_session, planId, standard, ct);

    /// <summary>A scope's year to the day before <paramref name="asOf"/> under both HJ 633 versions, with its annual
    /// statistics and, when <paramref name="planId"/> is given, the version the plan's goals were written under.</summary>
    public Task<StoreResult<AirComparison>> ReadAirComparisonAsync(string scope, int year, DateOnly asOf, int? planId, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => AirComparisonView.ReadAsync(db, scope, year, asOf, planId, token), ct);
}
