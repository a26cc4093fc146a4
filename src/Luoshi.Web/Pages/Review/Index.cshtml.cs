using Luoshi.Domain.Access;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Standings;
using Luoshi.Storage;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Localization;
using Luoshi.Web.Reading;
using Luoshi.Web.Reading.Lists;
using Luoshi.Web.Reading.Overview;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Review;

/// <summary>The supervision office's worklist: reports waiting for review (task, unit, period, values beside what was
/// sent before, attachments; approved or returned in place, or several approved at once) and every overdue report,
/// with reminders (催办) one by one or in bulk. Both lists are narrowed by the address (unit by name or alias, month,
/// words) and paged on the server.</summary>
[Authorize(Policy = Policies.RunLedger)]
public sealed class IndexModel(LedgerReads reads, LedgerClock clock, OverviewReader overview, UserLedger ledger, Ledger store) : PlanPage(reads, clock)
{
    /// <summary>Overdue reports per page.</summary>
    public const int OverduePage = 100;

    /// <summary>Reports to review per page.</summary>
    public const int QueuePage = 20;

    /// <summary>Only this unit's reports (name or alias), if given.</summary>
    [BindProperty(SupportsGet = true, Name = "unit")]
    public string? UnitAsked { get; set; }

    /// <summary>Only this period (2022-09, 2022Q3), if given.</summary>
    [BindProperty(SupportsGet = true, Name = "period")]
    public string? PeriodAsked { get; set; }

    /// <summary>Only tasks whose code or text hold these words, if given.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Words { get; set; }

    /// <summary>The page of the queue.</summary>
    [BindProperty(SupportsGet = true, Name = "page")]
    public int? QueuePageAsked { get; set; }

    /// <summary>The page of the overdue list.</summary>
    [BindProperty(SupportsGet = true, Name = "opage")]
    public int? OverduePageAsked { get; set; }

    /// <summary>The filter asked for, its unit resolved.</summary>
    public ReviewFilter Filter { get; private set; } = ReviewFilter.Of(UnitQuery.Of(null, []), null, null);

    /// <summary>The unit asked for, resolved.</summary>
    public UnitQuery Unit => Filter.Unit;

    /// <summary>True when anything narrows the lists.</summary>
    public bool Narrows => Filter.Narrows;

    /// <summary>Reports submitted or resubmitted, oldest first: this page of them.</summary>
    public Paged<WorkItem> Queue { get; private set; } = Paged.Of<WorkItem>([], 1);

    /// <summary>Overdue reports: this page of them.</summary>
    public Paged<OverdueReport> Overdue { get; private set; } = Paged.Of<OverdueReport>([], 1);

    /// <summary>Every overdue report the filter lets through (what "remind all" reminds).</summary>
    public int OverdueTotal => Overdue.Total;

    /// <summary>Reminders sent for this plan.</summary>
    public IReadOnlyList<Reminder> Reminders { get; private set; } = [];

    /// <summary>The periods of the plan, for the filter.</summary>
    public IReadOnlyList<string> PeriodNames => Plan is null ? [] : [.. Calendar.Periods.Select(p => p.Name)];

    /// <summary>The outcome of a reminder.</summary>
    public string? Message { get; private set; }

    /// <summary>True when <see cref="Message"/> reports a refusal.</summary>
    public bool Failed { get; private set; }

    /// <summary>The reminders already sent for one task and period.</summary>
    public IEnumerable<Reminder> RemindersOf(string task, int period) => Reminders.Where(r => r.TaskCode == task && r.Period == period);

    /// <summary>Reads the lists.</summary>
    public async Task OnGetAsync(int? reminded, int? approved, int? returned)
    {
        await LoadAsync();
        if (reminded is not null)
        {
            Message = reminded > 1
                ? T($"已催办 {reminded} 项，每项记入审计记录。", $"{reminded} reminders recorded, each in the audit trail.")
                : T("已催办，并记入审计记录。", "Reminder recorded in the audit trail.");
        }
        else if (approved is not null)
        {
            Message = approved > 1 ? T($"已审核通过 {approved} 份报告，每份记入审计记录。", $"{approved} reports approved, each in the audit trail.") : T("已审核通过。", "Approved.");
        }
        else if (returned is not null)
        {
            Message = T("已退回，单位将收到退回原因。", "Returned; the unit sees the reason.");
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

    /// <summary>Approves or returns one report in place, on the version shown.</summary>
    public async Task<IActionResult> OnPostReviewAsync(int id, int version, string? decision, string? reason)
    {
        if (!await LoadPlanAsync())
        {
            return NotFound();
        }

        var action = decision == "return" ? ReportAction.Return : ReportAction.Approve;
        var problem = action == ReportAction.Return && string.IsNullOrWhiteSpace(reason)
            ? new Domain.Wording.Problem(Domain.Wording.Catalogue.Forms.ReturnNeedsReason, Domain.Wording.Place.OfField("reason"))
            : (await ledger.Value.TransitionAsync(id, action, reason?.Trim(), version, HttpContext.RequestAborted)).Error;
        if (problem is not null)
        {
            await LoadAsync();
            Failed = true;
            Message = $"#{id}：{problem}";
            return Page();
        }

        return Redirect($"/review?plan={Plan!.Id}&" + (action == ReportAction.Approve ? "approved=1" : "returned=1"));
    }

    private async Task LoadAsync()
    {
        if (!await LoadPlanAsync())
        {
            return;
        }

        var ct = HttpContext.RequestAborted;
        Filter = ReviewFilter.Of(UnitQuery.Of(UnitAsked, await Reads.UnitsAsync(ct)), PeriodAsked, Words);
        var tasks = Plan!.Tasks.ToDictionary(t => t.Code, StringComparer.Ordinal);

        var reports = await Reads.ReportsAsync(Plan.Id, ct);
        var waiting = reports
            .Where(r => r.State is ReportState.Submitted or ReportState.Resubmitted)
            .Where(r => Filter.Passes(r.TaskCode, r.Unit, Calendar[r.Period].Name, tasks))
            .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id)
            .ToList();
        var page = Paged.Of<ReportSummary>(waiting, QueuePageAsked, QueuePage);
        Queue = new Paged<WorkItem>(await WorkItemsAsync(page.Items, tasks, ct), page.Page, page.Pages, page.Total);

        var overdue = (await overview.ReadAsync(Plan, AsOf, ct)).Overdue
            .Where(o => Filter.Passes(o.TaskCode, o.Unit, o.PeriodName, tasks))
            .ToList();
        Overdue = Paged.Of<OverdueReport>(overdue, OverduePageAsked, OverduePage);
        Reminders = await store.ListRemindersAsync(Plan.Id, ct);
    }

    private async Task<IReadOnlyList<WorkItem>> WorkItemsAsync(IReadOnlyList<ReportSummary> shown, IReadOnlyDictionary<string, PlanTask> tasks, CancellationToken ct)
    {
        var ids = shown.Select(r => r.Id).ToList();
        var before = await store.ValuesBeforeReturnAsync(ids, ct);
        var items = new List<WorkItem>();
        foreach (var summary in shown)
        {
            var report = await store.FindReportAsync(summary.Id, ct);
            var task = tasks.GetValueOrDefault(summary.TaskCode);
            if (report is null || task is null)
            {
                continue;
            }

            var was = before.GetValueOrDefault(summary.Id);
            var values = task.Targets.Select(target =>
            {
                var now = report.Values.FirstOrDefault(v => v.TargetId == target.Id);
                var old = was?.FirstOrDefault(v => v.TargetCode == target.Code);
                var shownNow = Show(now?.Value, now?.Numerator, now?.Denominator, now?.DoneOn);
                var shownOld = was is null ? null : Show(old?.Value, old?.Numerator, old?.Denominator, old?.DoneOn);
                return new WorkValue(target.Code, target.Subject, target.Unit, shownNow, shownOld is not null && shownOld != shownNow ? shownOld : null);
            }).ToList();
            items.Add(new WorkItem(summary, task.Text, report.Progress, values, await store.ListAttachmentsAsync(summary.Id, ct)));
        }

        return items;
    }

    private static string Show(decimal? value, decimal? part, decimal? whole, DateOnly? done) =>
        part is not null ? $"{GoalText.Number(part)} / {GoalText.Number(whole)}"
        : done is { } d ? GoalText.Day(d)
        : GoalText.Number(value);
}

/// <summary>A report on the worklist: what it is about, its values (each beside what was sent before it was returned,
/// when that differs), its progress text and its files.</summary>
public sealed record WorkItem(ReportSummary Report, string TaskText, string Progress, IReadOnlyList<WorkValue> Values, IReadOnlyList<Attachment> Attachments);

/// <summary>One value of a report on the worklist; <see cref="Before"/> is set only when it changed since the version returned.</summary>
public sealed record WorkValue(string Code, string Subject, string? Unit, string Now, string? Before);
