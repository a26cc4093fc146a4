using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Pages.Reports;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Contributions;

/// <summary>A supporting unit writes, and later corrects, its contribution (配合单位进展) to a task for a period. The
/// lead unit's report is another record, so neither blocks the other; the lead unit and the office read it on the
/// report's page.</summary>
[Authorize(Policy = Policies.Report)]
public sealed class EditModel(LedgerReads reads, LedgerClock clock, Ledger store, UserLedger ledger) : PlanPage(reads, clock)
{
    /// <summary>The task contributed to.</summary>
    public PlanTask? Task { get; private set; }

    /// <summary>The period.</summary>
    public ReportingPeriod? Period { get; private set; }

    /// <summary>The caller's unit.</summary>
    public string Unit => User.UnitName()!;

    /// <summary>The stored contribution's version, or null before the first save.</summary>
    public int? Version { get; private set; }

    /// <summary>When it was last saved.</summary>
    public DateTimeOffset? SavedAt { get; private set; }

    /// <summary>The form's field values by name: stored, or as just typed when a save is refused.</summary>
    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Problems with what was sent, each naming its field.</summary>
    public List<Problem> Errors { get; } = [];

    /// <summary>The outcome of the last save.</summary>
    public string? Message { get; private set; }

    /// <summary>A field's value for the form.</summary>
    public string Field(string name) => Fields.GetValueOrDefault(name, "");

    /// <summary>Shows the form, filled when the unit has written one already.</summary>
    public async Task<IActionResult> OnGetAsync(string? task, int period, string? done)
    {
        if (await LoadAsync(task, period) is { } refused)
        {
            return refused;
        }

        Message = done == "saved" ? T("配合单位进展已保存，牵头单位和督查室可以看到。", "Contribution saved; the lead unit and the office can see it.") : null;
        return Page();
    }

    /// <summary>Saves it on the version shown; a refusal keeps what was typed.</summary>
    public async Task<IActionResult> OnPostAsync(string? task, int period, int? version)
    {
        if (await LoadAsync(task, period) is { } refused)
        {
            return refused;
        }

        foreach (var (key, value) in Request.Form)
        {
            Fields[key] = value.ToString();
        }

        var draft = new ContributionDraft(Plan!.Id, Task!.Code, Period!.Number, Unit,
            ReportForm.Text(Request.Form, "progress"), ReportForm.Text(Request.Form, "problems"), ReportForm.Text(Request.Form, "next"),
            ReportForm.Evidence(Request.Form));
        var saved = await ledger.Value.SaveContributionAsync(draft, version, HttpContext.RequestAborted);
        if (!saved.Succeeded)
        {
            Errors.Add(saved.Error!);
            return Page();
        }

        return Redirect($"/contributions?plan={Plan.Id}&task={Uri.EscapeDataString(Task.Code)}&period={Period.Number}&done=saved");
    }

    private async Task<IActionResult?> LoadAsync(string? task, int period)
    {
        if (!await LoadPlanAsync() || Plan!.Tasks.FirstOrDefault(t => t.Code == task) is not { } found)
        {
            return NotFound();
        }

        if (found.LeadUnit == Unit)
        {
            return Redirect($"/reports/new?plan={Plan.Id}&task={Uri.EscapeDataString(found.Code)}&period={period}");
        }

        if (!found.SupportingUnits.Contains(Unit, StringComparer.Ordinal))
        {
            return Forbid();
        }

        var calendar = new ReportingCalendar(Plan.Year, Plan.Cadence);
        if (period < 1 || period > calendar.Periods.Count)
        {
            return NotFound();
        }

        (Task, Period) = (found, calendar[period]);
        var stored = await store.ListContributionsAsync(Plan.Id, found.Code, period, Unit, HttpContext.RequestAborted) is [var one, ..] ? one : null;
        if (stored is not null)
        {
            (Version, SavedAt) = (stored.Version, stored.SavedAt);
            Fields["progress"] = stored.Progress;
            Fields["problems"] = stored.Problems;
            Fields["next"] = stored.NextSteps;
            Fields["evidence"] = string.Join('\n', stored.Evidence);
        }

        return null;
    }
}
