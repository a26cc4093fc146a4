using Luoshi.Domain.Plans;
using Luoshi.Storage;
using Luoshi.Storage.Indicators;
using Luoshi.Web.Access;
using Luoshi.Web.Pages.Monitoring;
using Microsoft.AspNetCore.Mvc;

namespace Luoshi.Web.Pages.Targets;

/// <summary>The target page's binding: where a computed value comes from (with the source's note), and the office's
/// form to bind the target to an indicator or back to unit reports (anti-forgery checked, audited).</summary>
public sealed partial class DetailModel
{
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
        "air.good-day-share" => "/monitoring/air?scope=" + Uri.EscapeDataString(binding.Scope),
        "water.compliance-rate" => "/monitoring/water?scope=" + Uri.EscapeDataString(binding.Scope),
        _ => null,
    };

    /// <summary>The note in the reader's language.</summary>
    public string? ComputedNote => Reading?.Note?.ToString();
}
