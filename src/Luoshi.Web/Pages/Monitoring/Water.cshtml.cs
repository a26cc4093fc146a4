using Luoshi.Storage;
using Luoshi.Storage.Monitoring.Views;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Monitoring;

/// <summary>The section table (断面水质): a set's sections by month coloured by GB 3838 class, each against its target
/// class, with the compliance rate over the year to date.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class WaterModel(LedgerReads reads, LedgerClock clock, Ledger ledger) : PlanPage(reads, clock)
{
    /// <summary>The section set or section asked for.</summary>
    [BindProperty(SupportsGet = true, Name = "scope")]
    public string? Scope { get; set; }

    /// <summary>The year asked for.</summary>
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? YearAsked { get; set; }

    /// <summary>The sets and sections to choose from.</summary>
    public IReadOnlyList<ScopeChoice> Scopes { get; private set; } = [];

    /// <summary>The year shown.</summary>
    public int Year { get; private set; }

    /// <summary>The table; null when there is no section or the scope is unknown.</summary>
    public SectionTable? Table { get; private set; }

    /// <summary>Why nothing is shown, when so.</summary>
    public string? Problem { get; private set; }

    /// <summary>The plan's targets bound to this scope's compliance rate.</summary>
    public IReadOnlyList<TargetStatusRow> Targets { get; private set; } = [];

    /// <summary>Reads the table.</summary>
    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        await LoadPlanAsync();
        var sections = await Reads.CachedAsync("sections", ledger.ListSectionsAsync, ct);
        Scopes = ScopeChoice.Of(sections, s => s.Code, s => s.Name, s => s.Sets);
        var rows = Plan is null ? [] : await Reads.StatusAsync(Plan.Id, AsOf, ct);
        var bound = rows.Where(r => r.Computed?.Binding.Indicator == "water.compliance-rate").ToList();
        Scope ??= bound.FirstOrDefault()?.Computed!.Binding.Scope ?? (Scopes.Count > 0 ? Scopes[0].Value : null);
        Year = YearAsked ?? Plan?.Year ?? AsOf.Year;
        if (Scope is null)
        {
            Problem = T("台账中还没有水质断面（luoshi sections import）。", "The ledger has no water sections yet (luoshi sections import).");
            return;
        }

        var scope = Scope;
        var read = await Reads.CachedAsync($"water:{scope}:{Year}:{AsOf:yyyy-MM-dd}", token => ledger.ReadSectionTableAsync(scope, Year, AsOf, token), ct);
        (Table, Problem) = (read.Value, read.Error?.Message);
        Targets = Plan?.Year == Year ? [.. bound.Where(r => r.Computed!.Binding.Scope == scope)] : [];
    }
}
