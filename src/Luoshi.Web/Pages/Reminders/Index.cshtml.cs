using Luoshi.Domain.Reminders;
using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Luoshi.Storage.Reminders;
using Luoshi.Web.Access;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Luoshi.Web.Pages.Reminders;

/// <summary>The office's reminders page: the rules for progress reports (changed by the office, audited) and the
/// delivery log with its failures. Leaders read it; unit reporters may not.</summary>
[Authorize(Policy = Policies.ReadAll)]
public sealed class IndexModel(Ledger ledger, UserLedger user) : PageModel
{
    /// <summary>How many deliveries the log shows.</summary>
    public const int LogSize = 200;

    /// <summary>Which kind's rule the form shows: report (default), sign, milestone, notice_answer.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    /// <summary>The kind shown.</summary>
    public DueKind Shown => Catalogue.Reminders.KindOf(Kind) ?? DueKind.Report;

    /// <summary>The rule of the kind shown.</summary>
    public ReminderRule Rule { get; private set; } = ReminderRule.DefaultFor(DueKind.Report);

    /// <summary>The office's template title for the kind shown (empty: the catalogue's wording).</summary>
    public string TemplateTitle { get; private set; } = "";

    /// <summary>The office's template body for the kind shown.</summary>
    public string TemplateBody { get; private set; } = "";

    /// <summary>The quiet hours.</summary>
    public QuietHours Quiet { get; private set; } = QuietHours.Evenings;

    /// <summary>Only deliveries in this state, if given.</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    /// <summary>The latest deliveries.</summary>
    public IReadOnlyList<Delivery> Log { get; private set; } = [];

    /// <summary>What was refused, each at its field.</summary>
    public IReadOnlyList<Problem> Refusals { get; private set; } = [];

    /// <summary>True right after the rules were saved.</summary>
    public bool Saved { get; private set; }

    /// <summary>Reads the rules and the log.</summary>
    public Task OnGetAsync() => LoadAsync();

    /// <summary>Stores the rules; refused rules change nothing and say why beside the field.</summary>
    public async Task<IActionResult> OnPostAsync(int? daysBefore, bool onTheDay, int? repeatEvery, int? escalateAfter, int? escalateAgainAfter, TimeOnly? quietFrom, TimeOnly? quietUntil, string? templateTitle, string? templateBody)
    {
        if (!User.RunsLedger())
        {
            return Forbid();
        }

        var current = await ledger.Reminders.RulesAsync(HttpContext.RequestAborted);
        var rules = new ReminderRules(
            [.. current.Rules.Select(r => r.Kind == Shown ? new ReminderRule(Shown, daysBefore, onTheDay, repeatEvery, escalateAfter, escalateAgainAfter) : r)],
            new QuietHours(quietFrom ?? QuietHours.Evenings.From, quietUntil ?? QuietHours.Evenings.Until), current.Templates)
            .WithTemplate(Shown, string.IsNullOrWhiteSpace(templateTitle) && string.IsNullOrWhiteSpace(templateBody)
                ? null
                : new ReminderTemplate(Shown, templateTitle?.Trim() ?? "", templateBody?.Trim() ?? ""));
        IReadOnlyList<Problem> refused = rules.Check();
        if (refused.Count == 0)
        {
            var stored = await user.Value.Reminders.SetRulesAsync(rules, HttpContext.RequestAborted);
            refused = stored.Succeeded ? [] : [stored.Error!];
        }

        Refusals = refused;
        Saved = refused.Count == 0;
        await LoadAsync();
        if (!Saved)
        {
            (Rule, Quiet, TemplateTitle, TemplateBody) = (rules.For(Shown)!, rules.Quiet, templateTitle ?? "", templateBody ?? "");
        }

        return Page();
    }

    private async Task LoadAsync()
    {
        var rules = await ledger.Reminders.RulesAsync(HttpContext.RequestAborted);
        (Rule, Quiet) = (rules.For(Shown) ?? ReminderRule.DefaultFor(Shown), rules.Quiet);
        (TemplateTitle, TemplateBody) = (rules.TemplateFor(Shown)?.Title ?? "", rules.TemplateFor(Shown)?.Body ?? "");
        var state = State is DeliveryStates.Pending or DeliveryStates.Sent or DeliveryStates.Failed ? State : null;
        Log = await ledger.Reminders.LogAsync(LogSize, state, HttpContext.RequestAborted);
    }
}
