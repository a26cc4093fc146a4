using Luoshi.Domain.Plans;
using Luoshi.Storage;
using Luoshi.Storage.Indicators;
using Luoshi.Storage.Monitoring.Views;
using Luoshi.Web.Access;
using Luoshi.Web.Pages.Monitoring;
using Microsoft.AspNetCore.Mvc;

namespace Luoshi.Web.Pages.Targets;

/// <summary>The target page's binding: where a computed value comes from (with the source's note), and the office's
/// form to bind the target to an indicator or back to unit reports (anti-forgery checked, audited).</summary>
public sealed partial class DetailModel
{
    /// <summary>For a target bound to an AQI-based air indicator (good-day share, heavy-pollution days): its scope's year
    /// under both HJ 633 versions and the version the plan's goals were written under; null otherwise.</summary>
    public AirComparison? AirComparison { get; private set; }

    /// <summary>The indicators the office may bind to.</summary>
    public static IReadOnlyList<IndicatorInfo> Indicators => Ledger.Indicators;

    /// <summary>The scopes there are (station and section sets and codes), offered while typing one.</summary>
    public IReadOnlyList<ScopeChoice> Scopes { get; private set; } = [];

    /// <summary>The office binds the target to <paramref name="indicator"/> over <paramref name="scope"/>, or with no
    /// indicator back to unit reports.</summary>
    public async Task<IActionResult> OnPostBindAsync(string code, string? indicator, string? scope)
    {
        if (!User.RunsLedger())
        {
            return Forbid();
        }

        if (!await LoadPlanAsync())
        {
            return NotFound();
        }

        var binding = string.IsNullOrWhiteSpace(indicator) ? null : new IndicatorBinding(indicator.Trim(), scope?.Trim() ?? "");
        var result = await ledger.Value.BindTargetAsync(Plan!.Id, code, binding, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            var shown = await OnGetAsync(code);
            (Failed, Message) = (true, result.Error!.ToString());
            return shown;
        }

        return Redirect($"/targets/{Uri.EscapeDataString(code)}?plan={Plan.Id}&saved=1");
    }

    private async Task LoadBindingAsync(string code)
    {
        var ct = HttpContext.RequestAborted;
        if (Target!.Binding is { Indicator: "air.good-day-share" or "air.heavy-pollution-days" } binding)
        {
            var (scope, planId, year) = (binding.Scope, Plan!.Id, Plan.Year);
            AirComparison = (await Reads.CachedAsync($"air-compare:{scope}:{year}:{AsOf:yyyy-MM-dd}:{planId}",
                token => ledger.Value.ReadAirComparisonAsync(scope, year, AsOf, planId, token), ct)).Value;
        }

        if (User.RunsLedger())
        {
            var stations = await ledger.Value.ListStationsAsync(ct);
            var sections = await ledger.Value.ListSectionsAsync(ct);
            Scopes = [.. ScopeChoice.Of(stations, s => s.Code, s => s.Name, s => s.Sets), .. ScopeChoice.Of(sections, s => s.Code, s => s.Name, s => s.Sets)];
        }
    }

    /// <summary>The monitoring page that shows a binding's data, or null for an indicator without one.</summary>
    public static string? PageOf(IndicatorBinding binding) => binding.Indicator switch
    {
        var air when air.StartsWith("air.", StringComparison.Ordinal) => "/monitoring/air?scope=" + Uri.EscapeDataString(binding.Scope),
        "water.compliance-rate" => "/monitoring/water?scope=" + Uri.EscapeDataString(binding.Scope),
        _ => null,
    };

    /// <summary>The note in the reader's language.</summary>
    public string? ComputedNote => Reading?.Note?.ToString();
}
