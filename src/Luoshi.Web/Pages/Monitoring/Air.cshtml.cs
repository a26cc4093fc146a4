using Luoshi.Domain.Reading;
using Luoshi.Indicators.Air.Daily;
using Luoshi.Storage;
using Luoshi.Storage.Monitoring.Views;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Monitoring;

/// <summary>The AQI calendar (空气质量日历) of a station set or station for a year: one cell per day in its HJ 633
/// category colour, grey for invalid and unevaluated days with the reason on hover, the share of good days above.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed partial class AirModel(LedgerReads reads, LedgerClock clock, Ledger ledger, UserLedger changes) : ScopedMonitoringPage(reads, clock)
{
    /// <summary>The days shown; null when there is no station or the scope is unknown.</summary>
    public AirCalendar? Days { get; private set; }

    /// <summary>The plan's targets bound to this scope's share of good days, with what their goal still allows.</summary>
    public IReadOnlyList<(TargetReading Row, GoodDayOutlook Outlook)> Targets { get; private set; } = [];

    /// <summary>The day of <paramref name="dayOfYear"/> (1-based), or null after the last day counted.</summary>
    public AirCalendarDay? Day(int dayOfYear) => Days is { } d && dayOfYear <= d.Days.Count ? d.Days[dayOfYear - 1] : null;

    /// <summary>Reads the calendar.</summary>
    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var stations = await Reads.CachedAsync("stations", ledger.ListStationsAsync, ct);
        var noSites = T("台账中还没有空气监测站点（luoshi stations import）。", "The ledger has no air stations yet (luoshi stations import).");
        if (await ChooseAsync(ScopeChoice.Of(stations, s => s.Code, s => s.Name, s => s.Sets), "air.good-day-share", noSites, ct) is not { } bound)
        {
            return;
        }

        var scope = Scope!;
        var read = await Reads.CachedAsync($"air:{scope}:{Year}:{AsOf:yyyy-MM-dd}", token => ledger.ReadAirCalendarAsync(scope, Year, AsOf, token), ct);
        (Days, Problem) = (read.Value, read.Error?.Message);
        var planId = Plan?.Year == Year ? Plan.Id : (int?)null;
        Comparison = (await Reads.CachedAsync($"air-compare:{scope}:{Year}:{AsOf:yyyy-MM-dd}:{planId}",
            token => ledger.ReadAirComparisonAsync(scope, Year, AsOf, planId, token), ct)).Value;
        Message ??= Request.Query.ContainsKey("saved") ? T("已保存，并记入审计记录。", "Saved and recorded in the audit trail.") : null;
        if (Days is { } days && Plan?.Year == Year)
        {
            Targets = [.. bound.Where(r => r.Target.Binding!.Scope == scope && r.Goal.Value is > 0 and <= 100)
                .Select(r => (r, days.Summary.OutlookFor(r.Goal.Value!.Value, days.LastDay)))];
        }
    }
}
