using Luoshi.Domain.Reading;
using Luoshi.Storage;
using Luoshi.Storage.Monitoring.Views;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Monitoring;

/// <summary>The section table (断面水质): a set's sections by month coloured by GB 3838 class, each against its target
/// class, with the compliance rate over the year to date.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class WaterModel(LedgerReads reads, LedgerClock clock, Ledger ledger) : ScopedMonitoringPage(reads, clock)
{
    /// <summary>The table; null when there is no section or the scope is unknown.</summary>
    public SectionTable? Table { get; private set; }

    /// <summary>The plan's targets bound to this scope's compliance rate.</summary>
    public IReadOnlyList<TargetReading> Targets { get; private set; } = [];

    /// <summary>Reads the table.</summary>
    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var sections = await Reads.CachedAsync("sections", ledger.ListSectionsAsync, ct);
        var noSites = T("台账中还没有水质断面（luoshi sections import）。", "The ledger has no water sections yet (luoshi sections import).");
        if (await ChooseAsync(ScopeChoice.Of(sections, s => s.Code, s => s.Name, s => s.Sets), "water.compliance-rate", noSites, ct) is not { } bound)
        {
            return;
        }

        var scope = Scope!;
        var read = await Reads.CachedAsync($"water:{scope}:{Year}:{AsOf:yyyy-MM-dd}", token => ledger.ReadSectionTableAsync(scope, Year, AsOf, token), ct);
        (Table, Problem) = (read.Value, read.Error?.Message);
        Targets = Plan?.Year == Year ? [.. bound.Where(r => r.Target.Binding!.Scope == scope)] : [];
    }
}
