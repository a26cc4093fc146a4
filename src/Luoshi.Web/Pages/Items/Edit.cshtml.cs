using System.Globalization;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Lifecycle;
using Luoshi.Web.Access;
using Luoshi.Web.Api;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Luoshi.Web.Pages.Items;

/// <summary>The office creates an item (/items/edit) or changes one (/items/edit/{number}): source and year only when new
/// (they make its number), then title, source document, leader, lead unit and due day. A refusal comes back with what
/// was typed and the reason beside its field; nothing is saved.</summary>
[Authorize(Policy = Policies.RunLedger)]
public sealed class EditModel(UserLedger ledger, LedgerClock clock) : PageModel
{
    /// <summary>The item changed, or null for a new one.</summary>
    public SupervisionItem? Item { get; private set; }

    /// <summary>The form's values by name: stored, or as just typed when refused.</summary>
    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>What was wrong, each at its field.</summary>
    public List<Problem> Errors { get; } = [];

    /// <summary>A field's value for the form.</summary>
    public string Field(string name) => Fields.GetValueOrDefault(name, "");

    /// <summary>Shows the form, empty or filled with the stored item.</summary>
    public async Task<IActionResult> OnGetAsync(string? number)
    {
        if (number is null)
        {
            Fields["year"] = clock.Today.Year.ToString(CultureInfo.InvariantCulture);
            return Page();
        }

        if ((Item = await ledger.Value.Lifecycle.FindItemAsync(number, HttpContext.RequestAborted)) is null)
        {
            return NotFound();
        }

        (Fields["title"], Fields["document"], Fields["leader"], Fields["unit"], Fields["due"]) =
            (Item.Title, Item.SourceDocument, Item.Leader ?? "", Item.LeadUnit, Day(Item.Due));
        return Page();
    }

    /// <summary>Creates or saves; a refusal keeps what was typed.</summary>
    public async Task<IActionResult> OnPostAsync(string? number)
    {
        var ct = HttpContext.RequestAborted;
        foreach (var name in new[] { "source", "year", "title", "document", "leader", "unit", "due" })
        {
            Fields[name] = Request.Form[name].ToString();
        }

        if (number is not null && (Item = await ledger.Value.Lifecycle.FindItemAsync(number, ct)) is null)
        {
            return NotFound();
        }

        var due = DateOnly.TryParseExact(Field("due").Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        if (due is null)
        {
            Errors.Add(new Problem(Catalogue.Values.NotADay(Field("due")), Place.OfField("due")));
            return Page();
        }

        var actor = LifecycleEndpoints.Actor(User);
        if (Item is not null)
        {
            var saved = await ledger.OnToday.Lifecycle.UpdateItemAsync(actor, Item.Number, new ItemChange(Field("title"), Field("document"), Field("leader"), Field("unit"), due.Value), ct);
            if (!saved.Succeeded)
            {
                Errors.Add(Beside(saved.Error!));
                return Page();
            }

            return Redirect($"/items/{Uri.EscapeDataString(Item.Number)}?done=saved");
        }

        if (ItemOrigins.Parse(Field("source")) is not { } source)
        {
            Errors.Add(new Problem(Catalogue.Lifecycle.UnknownSource(Field("source")), Place.OfField("source")));
            return Page();
        }

        if (!int.TryParse(Field("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
        {
            Errors.Add(new Problem(Catalogue.Files.ExpectedFound(Catalogue.Lifecycle.AYear, Field("year")), Place.OfField("year")));
            return Page();
        }

        var created = await ledger.OnToday.Lifecycle.CreateItemAsync(actor, new NewItem(source, year, Field("title"), Field("document"), Field("leader"), Field("unit"), due.Value), ct);
        if (!created.Succeeded)
        {
            Errors.Add(Beside(created.Error!));
            return Page();
        }

        return Redirect($"/items/{Uri.EscapeDataString(created.Value!)}?done=created");
    }

    // The ledger names the lead unit "lead-unit"; the form's field is "unit".
    private static Problem Beside(Problem problem) =>
        problem.Place?.Field == "lead-unit" ? problem with { Place = Place.OfField("unit") } : problem;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
