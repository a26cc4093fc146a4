using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Annual;
using Luoshi.Storage.Monitoring.Views;
using Luoshi.Web.Access;
using Microsoft.AspNetCore.Mvc;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Monitoring;

/// <summary>The AQI calendar's section on both HJ 633 versions and GB 3095 attainment, and the office's two forms there:
/// the version the plan's air goals were written under, and the scope's area class (anti-forgery checked, audited).</summary>
public sealed partial class AirModel
{
    /// <summary>The year under both versions with its annual statistics; null without a scope.</summary>
    public AirComparison? Comparison { get; private set; }

    /// <summary>The outcome of a change.</summary>
    public string? Message { get; private set; }

    /// <summary>True when <see cref="Message"/> reports a refusal.</summary>
    public bool Failed { get; private set; }

    /// <summary>The office says which version the plan's air goals were written under: 2012, 2026, or the default.</summary>
    public async Task<IActionResult> OnPostGoalsAsync(string? version)
    {
        if (!User.RunsLedger())
        {
            return Forbid();
        }

        await LoadPlanAsync();
        AirStandard? standard = version switch { "2012" => AirStandard.Hj633Of2012, "2026" => AirStandard.Hj633Of2026, _ => null };
        if (Plan is null || (standard is null && version != "default"))
        {
            return await RefusedAsync(T("请选择 HJ 633-2012、HJ 633-2026 或默认。", "Choose HJ 633-2012, HJ 633-2026 or the default."));
        }

        var result = await changes.Value.SetAirGoalStandardAsync(Plan.Id, standard, HttpContext.RequestAborted);
        return result.Succeeded ? Saved() : await RefusedAsync(result.Error!.ToString());
    }

    /// <summary>The office sets the scope's GB 3095 area class (1 or 2).</summary>
    public async Task<IActionResult> OnPostAreaClassAsync(int areaClass)
    {
        if (!User.RunsLedger())
        {
            return Forbid();
        }

        await LoadPlanAsync();
        if (Scope is null || areaClass is not (1 or 2))
        {
            return await RefusedAsync(T("功能区类别应为一类区（1）或二类区（2）。", "The area class is 1 or 2."));
        }

        var result = await changes.Value.SetAirAreaClassAsync(Scope, (AreaClass)areaClass, HttpContext.RequestAborted);
        return result.Succeeded ? Saved() : await RefusedAsync(result.Error!.ToString());
    }

    private RedirectResult Saved() =>
        Redirect($"/monitoring/air?scope={Uri.EscapeDataString(Scope ?? "")}&year={YearAsked}&{Keep}&saved=1");

    private async Task<IActionResult> RefusedAsync(string message)
    {
        (Failed, Message) = (true, message);
        await OnGetAsync();
        return Page();
    }
}
