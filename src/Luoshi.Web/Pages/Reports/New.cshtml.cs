using Luoshi.Domain.Periods;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Luoshi.Web.Reading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Luoshi.Web.Pages.Reports;

/// <summary>A unit reporter starts its report on a task for a period; once saved it lives at /reports/{id}.</summary>
[Authorize(Policy = Policies.Report)]
[IgnoreAntiforgeryToken] // checked in the handler, so an expired token keeps what was typed (ReportPage.TokenValidAsync)
public sealed class NewModel(LedgerReads reads, LedgerClock clock, UserLedger ledger, WebSettings settings) : ReportPage(reads, clock, ledger, settings)
{
    /// <summary>Shows the empty form, or the existing report when there is one already.</summary>
    public async Task<IActionResult> OnGetAsync(string? task, int period) => await LoadAsync(task, period) ?? Page();

    /// <summary>Saves the draft, and submits it when asked.</summary>
    public async Task<IActionResult> OnPostAsync(string? task, int period, string? then)
    {
        if (await LoadAsync(task, period) is { } refused)
        {
            return refused;
        }

        if (!await TokenValidAsync())
        {
            return Page();
        }

        var saved = await SaveAsync(null);
        if (saved is null)
        {
            return Page();
        }

        var submitted = then == "submit" && Errors.Count == 0 && await SubmitAsync(saved);
        return Redirect($"/reports/{saved.Id}?done={(submitted ? "submitted" : "saved")}");
    }

    private async Task<IActionResult?> LoadAsync(string? task, int period)
    {
        if (!await LoadPlanAsync() || Plan!.Tasks.FirstOrDefault(t => t.Code == task) is not { } found)
        {
            return NotFound();
        }

        var unit = User.UnitName()!;
        if (!TaskBreakdown.Involves(found, unit))
        {
            return Forbid();
        }

        // Only the lead unit sends the task's report (UnitRoles); a supporting unit writes its contribution.
        if (found.LeadUnit != unit)
        {
            return Redirect($"/contributions?plan={Plan.Id}&task={Uri.EscapeDataString(found.Code)}&period={period}");
        }

        var calendar = new ReportingCalendar(Plan.Year, Plan.Cadence);
        if (period < 1 || period > calendar.Periods.Count)
        {
            return NotFound();
        }

        var existing = (await Reads.ReportsAsync(Plan.Id, HttpContext.RequestAborted)).FirstOrDefault(r => r.TaskCode == found.Code && r.Period == period && r.Unit == unit);
        if (existing is not null)
        {
            return Redirect($"/reports/{existing.Id}");
        }

        Task = found;
        Period = calendar[period];
        Unit = unit;
        return null;
    }
}
