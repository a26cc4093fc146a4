using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;
using Luoshi.Web.Access;
using Luoshi.Web.Api;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Luoshi.Web.Pages.Items;

/// <summary>One item from another source: what it is, its status, and the steps the caller may take — the lead unit
/// signs and asks to close it (with the reply to the deputy for a suggestion or proposal), the office reviews (销号 with
/// the deputy's rating, or returns it with a reason) and changes it. The office and leaders read every item, a reporter
/// only its unit's.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class DetailModel(UserLedger ledger, LedgerClock clock) : PageModel
{
    /// <summary>The item.</summary>
    public SupervisionItem Item { get; private set; } = null!;

    /// <summary>The day the status is read on.</summary>
    public DateOnly Today => clock.Today;

    /// <summary>What was wrong with a step.</summary>
    public List<Problem> Errors { get; } = [];

    /// <summary>The text typed with a refused step, kept.</summary>
    public string? Text { get; private set; }

    /// <summary>The outcome of the last step or save.</summary>
    public string? Message { get; private set; }

    /// <summary>True when the caller leads the item (its unit's reporter).</summary>
    public bool Leads => User.UnitName() is { } unit && unit == Item.LeadUnit;

    /// <summary>Shows the item.</summary>
    public async Task<IActionResult> OnGetAsync(string number, string? done)
    {
        if (await LoadAsync(number) is { } refused)
        {
            return refused;
        }

        Message = done switch
        {
            "created" => Catalogue.Lifecycle.ItemCreated(Item.Number).ToString(),
            "saved" => Catalogue.Lifecycle.ItemSaved(Item.Number).ToString(),
            "step" => UiTextStepDone,
            _ => null,
        };
        return Page();
    }

    /// <summary>Takes a step (sign, request-close, approve-close, return-close) as the signed-in person.</summary>
    public async Task<IActionResult> OnPostStepAsync(string number, string? step, string? text, string? satisfaction)
    {
        if (await LoadAsync(number) is { } refused)
        {
            return refused;
        }

        if (step is null || LifecycleSteps.Parse(step) is not { } known)
        {
            return BadRequest();
        }

        Satisfaction? rated = Enum.TryParse<Satisfaction>(satisfaction, ignoreCase: true, out var s) ? s : null;
        var result = await ledger.OnToday.Lifecycle.StepItemAsync(Item.Number, LifecycleEndpoints.Actor(User), known, text, rated, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect($"/items/{Uri.EscapeDataString(Item.Number)}?done=step");
        }

        if (result.Error!.Kind == ProblemKind.Forbidden)
        {
            return Forbid();
        }

        Errors.Add(result.Error);
        Text = text;
        return Page();
    }

    private static string UiTextStepDone => Luoshi.Web.Localization.UiText.T("已办理。", "Done.");

    private async Task<IActionResult?> LoadAsync(string number)
    {
        if (await ledger.Value.Lifecycle.FindItemAsync(number, HttpContext.RequestAborted) is not { } item)
        {
            return NotFound();
        }

        if (!UnitScope.MayRead(User, item.LeadUnit))
        {
            return Forbid();
        }

        Item = item;
        return null;
    }
}
