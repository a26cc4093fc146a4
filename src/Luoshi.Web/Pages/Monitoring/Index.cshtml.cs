using Luoshi.Domain.Reading;
using Luoshi.Storage;
using Luoshi.Storage.Monitoring.Sections;
using Luoshi.Storage.Monitoring.Stations;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Authorization;

namespace Luoshi.Web.Pages.Monitoring;

/// <summary>Environmental monitoring (环境监测): the stations and sections the office registered, their sets, and the
/// plan's targets computed from them.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(LedgerReads reads, LedgerClock clock, Ledger ledger) : PlanPage(reads, clock)
{
    /// <summary>The air stations, by code.</summary>
    public IReadOnlyList<AirStation> Stations { get; private set; } = [];

    /// <summary>The water sections, by code.</summary>
    public IReadOnlyList<WaterSectionSite> Sections { get; private set; } = [];

    /// <summary>The plan's targets bound to a computed indicator.</summary>
    public IReadOnlyList<TargetReading> Bound { get; private set; } = [];

    /// <summary>Reads the registers.</summary>
    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        await LoadPlanAsync();
        Stations = await Reads.CachedAsync("stations", ledger.ListStationsAsync, ct);
        Sections = await Reads.CachedAsync("sections", ledger.ListSectionsAsync, ct);
        Bound = Plan is null ? [] : [.. (await Reads.TargetsAsync(Plan.Id, AsOf, ct)).Where(r => r.Source == FigureSource.Computed)];
    }
}
