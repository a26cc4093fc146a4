using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Luoshi.Storage.Households;
using Luoshi.Storage.Households.Monitoring;
using Luoshi.Storage.Households.Reading;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Households;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Households;

/// <summary>One household's detail, shown as the reader's role allows and recorded in the audit trail at every view;
/// the supervision office records its monitoring steps here (forms with anti-forgery tokens).</summary>
public sealed class DetailModel(UserLedger ledger, LedgerClock clock) : PageModel
{
    /// <summary>The household's number (or head's identity number) from the address.</summary>
    [BindProperty(SupportsGet = true)]
    public string Key { get; set; } = "";

    /// <summary>The household as shown.</summary>
    public HouseholdDetail? Household { get; private set; }

    /// <summary>The outcome of a step, or why it was refused.</summary>
    public string? Message { get; private set; }

    /// <summary>True when <see cref="Message"/> is a refusal.</summary>
    public bool Failed { get; private set; }

    /// <summary>The day steps are dated by default.</summary>
    public DateOnly Today => clock.Today;

    /// <summary>Shows the household (an audited view); outside the reader's area it is not found.</summary>
    public async Task<IActionResult> OnGetAsync(string? done)
    {
        if (!await ViewAsync())
        {
            return NotFound();
        }

        Message = done is null ? null : T("已记录，并记入审计记录。", "Recorded in the audit trail.");
        return Page();
    }

    /// <summary>Records one monitoring step (office and administrators only).</summary>
    public async Task<IActionResult> OnPostAsync(string step, DateOnly? on, string? source, string? risks, string? reason, string? kind, string? measure)
    {
        if (!User.RunsLedger())
        {
            return Forbid();
        }

        var day = on ?? clock.Today;
        var (types, unknown) = HouseholdWords.Risks(risks ?? "");
        HouseholdStep? wanted = step switch
        {
            "hardship" => HouseholdStep.Hardship(day),
            "identify" when unknown is null && HouseholdWords.Source(source ?? "") is { } found => HouseholdStep.Identify(day, found, types),
            "dismiss" => HouseholdStep.Dismiss(day, reason ?? ""),
            "assist" => HouseholdStep.Assist(day, kind ?? "", measure ?? ""),
            "eliminate" => HouseholdStep.Eliminate(day),
            _ => null,
        };
        var result = wanted is null
            ? StoreResult.Fail(step == "identify" ? Catalogue.Households.ExpectedSource.Then(Catalogue.Households.ExpectedRisks) : Catalogue.Households.UnknownStep(step ?? ""))
            : await ledger.Value.RecordHouseholdStepAsync(Key, wanted, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect($"/households/{Uri.EscapeDataString(Key)}?done={step}");
        }

        if (!await ViewAsync())
        {
            return NotFound();
        }

        (Failed, Message) = (true, result.Error!.ToString());
        return Page();
    }

    private async Task<bool> ViewAsync()
    {
        var shown = await ledger.Value.ViewHouseholdAsync(Viewers.Of(User), Key, HttpContext.RequestAborted);
        Household = shown.Value;
        return shown.Succeeded;
    }
}
