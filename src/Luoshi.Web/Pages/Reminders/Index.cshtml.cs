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
    public const int Shown = 200;

    /// <summary>The rule for reports.</summary>
    public ReminderRule Rule { get; private set; } = ReminderRule.DefaultFor(DueKind.Report);

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
    public async Task<IActionResult> OnPostAsync(int? daysBefore, bool onTheDay, int? repeatEvery, int? escalateAfter, int? escalateAgainAfter, TimeOnly? quietFrom, TimeOnly? quietUntil)
    {
        if (!User.RunsLedger())
        {
            return Forbid();
        }

        var rules = new ReminderRules(
            [new ReminderRule(DueKind.Report, daysBefore, onTheDay, repeatEvery, escalateAfter, escalateAgainAfter)],
            new QuietHours(quietFrom ?? QuietHours.Evenings.From, quietUntil ?? QuietHours.Evenings.Until));
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
            (Rule, Quiet) = (rules.Rules[0], rules.Quiet);
        }

        return Page();
    }

    private async Task LoadAsync()
    {
        var rules = await ledger.Reminders.RulesAsync(HttpContext.RequestAborted);
        (Rule, Quiet) = (rules.For(DueKind.Report) ?? ReminderRule.DefaultFor(DueKind.Report), rules.Quiet);
        var state = State is DeliveryStates.Pending or DeliveryStates.Sent or DeliveryStates.Failed ? State : null;
        Log = await ledger.Reminders.LogAsync(Shown, state, HttpContext.RequestAborted);
    }
}
