using Luoshi.Domain.Access;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Standings;
using Luoshi.Storage;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Luoshi.Web.Reading.Overview;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Review;

/// <summary>The supervision office's review queue and the overdue reports, with reminders (催办) recorded per task and period.</summary>
[Authorize(Policy = Policies.RunLedger)]
public sealed class IndexModel(LedgerReads reads, LedgerClock clock, OverviewReader overview, UserLedger ledger, Ledger store) : PlanPage(reads, clock)
{
    /// <summary>How many overdue reports the page lists.</summary>
    public const int OverdueShown = 200;

    /// <summary>Reports submitted or resubmitted, oldest first.</summary>
    public IReadOnlyList<ReportSummary> Queue { get; private set; } = [];

    /// <summary>Overdue reports.</summary>
    public IReadOnlyList<OverdueReport> Overdue { get; private set; } = [];

    /// <summary>Reminders sent for this plan.</summary>
    public IReadOnlyList<Reminder> Reminders { get; private set; } = [];

    /// <summary>The outcome of a reminder.</summary>
    public string? Message { get; private set; }

    /// <summary>True when <see cref="Message"/> reports a refusal.</summary>
    public bool Failed { get; private set; }

    /// <summary>The reminders already sent for one task and period.</summary>
    public IEnumerable<Reminder> RemindersOf(string task, int period) => Reminders.Where(r => r.TaskCode == task && r.Period == period);

    /// <summary>Reads the queue.</summary>
    public async Task OnGetAsync(int? reminded)
    {
        await LoadAsync();
        if (reminded is not null)
        {
            Message = T("已催办，并记入审计记录。", "Reminder recorded in the audit trail.");
        }
    }

    /// <summary>Records a reminder to a unit for an overdue report.</summary>
    public async Task<IActionResult> OnPostRemindAsync(string task, int period, string unit, string? note)
    {
        if (!await LoadPlanAsync())
        {
            return NotFound();
        }

        var result = await ledger.Value.RemindAsync(Plan!.Id, task, period, unit, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            await LoadAsync();
            Failed = true;
            Message = result.Error!.ToString();
            return Page();
        }

        return Redirect($"/review?plan={Plan.Id}&reminded=1");
    }

    private async Task LoadAsync()
    {
        if (!await LoadPlanAsync())
        {
            return;
        }

        var reports = await Reads.ReportsAsync(Plan!.Id, HttpContext.RequestAborted);
        Queue = [.. reports.Where(r => r.State is ReportState.Submitted or ReportState.Resubmitted).OrderBy(r => r.SubmittedAt)];
        Overdue = (await overview.ReadAsync(Plan, AsOf, HttpContext.RequestAborted)).Overdue;
        Reminders = await store.ListRemindersAsync(Plan.Id, HttpContext.RequestAborted);
    }
}
