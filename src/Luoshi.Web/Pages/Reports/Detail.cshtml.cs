using Luoshi.Domain.Audit;
using Luoshi.Domain.Access;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Mvc;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Reports;

/// <summary>One report: its unit edits and submits it while it is a draft or returned, the office approves or returns
/// it with a reason, everyone allowed to read it sees its history. Another unit's report is refused whatever the id.</summary>
[IgnoreAntiforgeryToken] // checked in every handler, so an expired token keeps what was typed (ReportPage.TokenValidAsync)
public sealed class DetailModel(LedgerReads reads, LedgerClock clock, UserLedger ledger, WebSettings settings, Ledger store)
    : ReportPage(reads, clock, ledger, settings)
{
    /// <summary>The report.</summary>
    public ProgressReport? Report { get; private set; }

    /// <summary>Its attachments.</summary>
    public IReadOnlyList<Attachment> Attachments { get; private set; } = [];

    /// <summary>Its audit entries, newest first.</summary>
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    /// <summary>The supporting units' contributions to the same task and period, beside the lead unit's report.</summary>
    public IReadOnlyList<ContributionSummary> Contributions { get; private set; } = [];

    /// <summary>True when the caller's unit may change it now.</summary>
    public bool MayEdit => Report is { State: ReportState.Draft or ReportState.Returned } && UnitScope.MayWrite(User, Report.Unit);

    /// <summary>True when the caller reviews it now.</summary>
    public bool MayReview => Report is { State: ReportState.Submitted or ReportState.Resubmitted } && User.RunsLedger();

    /// <summary>Shows the report.</summary>
    public async Task<IActionResult> OnGetAsync(int id, string? done)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        Message = done switch
        {
            "saved" => Saved(false),
            "submitted" => Saved(true),
            "approved" => T("已审核通过。", "Approved."),
            "returned" => T("已退回，单位将收到退回原因。", "Returned; the unit sees the reason."),
            _ => null,
        };
        Fill(Report!);
        return Page();
    }

    /// <summary>Saves the unit's changes on the version it read, and submits when asked.</summary>
    public async Task<IActionResult> OnPostSaveAsync(int id, int version, string? then)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        if (!MayEdit)
        {
            return Forbid();
        }

        if (!await TokenValidAsync())
        {
            return await ReloadAsync(id);
        }

        var saved = await SaveAsync(version);
        if (saved is null)
        {
            return Page();
        }

        var submitted = then == "submit" && Errors.Count == 0 && await SubmitAsync(saved);
        return Errors.Count > 0 ? await ReloadAsync(id) : Redirect($"/reports/{id}?done={(submitted ? "submitted" : "saved")}");
    }

    /// <summary>The office approves.</summary>
    public Task<IActionResult> OnPostApproveAsync(int id, int version) => ReviewAsync(id, ReportAction.Approve, null, version, "approved");

    /// <summary>The office returns it with a reason.</summary>
    public Task<IActionResult> OnPostReturnAsync(int id, int version, string? reason) => ReviewAsync(id, ReportAction.Return, reason?.Trim(), version, "returned");

    private async Task<IActionResult> ReviewAsync(int id, ReportAction action, string? reason, int version, string done)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        if (!MayReview)
        {
            return Forbid();
        }

        if (!await TokenValidAsync())
        {
            return await ReloadAsync(id);
        }

        if (action == ReportAction.Return && string.IsNullOrEmpty(reason))
        {
            Errors.Add(new Problem(Catalogue.Forms.ReturnNeedsReason, Place.OfField("reason")));
            Fill(Report!);
            return Page();
        }

        var result = await Writer.TransitionAsync(id, action, reason, version, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            Errors.Add(result.Error!);
            return await ReloadAsync(id);
        }

        return Redirect($"/reports/{id}?done={done}");
    }

    private async Task<IActionResult> ReloadAsync(int id)
    {
        var errors = Errors.ToList();
        var fields = new Dictionary<string, string>(Fields);
        await LoadAsync(id);
        Errors.Clear();
        Errors.AddRange(errors);
        Fill(Report!);
        // What the person typed wins over the stored report, so a conflict or refusal loses none of it.
        foreach (var (key, value) in fields)
        {
            Fields[key] = value;
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var report = await store.FindReportAsync(id, HttpContext.RequestAborted);
        // The same answer for a report that does not exist and one of another unit: an id reveals nothing.
        if (report is null || !UnitScope.MayRead(User, report.Unit))
        {
            return NotFound();
        }

        if (await Reads.PlanOfTaskAsync(report.TaskId, HttpContext.RequestAborted) is { } plan)
        {
            PlanId = plan.Id;
            await LoadPlanAsync();
            Task = plan.Tasks.First(t => t.Id == report.TaskId);
            Period = new ReportingCalendar(plan.Year, plan.Cadence)[report.Period];
        }

        if (Task is null)
        {
            return NotFound();
        }

        Report = report;
        Unit = report.Unit;
        Attachments = await store.ListAttachmentsAsync(id, HttpContext.RequestAborted);
        Contributions = await store.ListContributionsAsync(PlanId!.Value, Task.Code, report.Period, ct: HttpContext.RequestAborted);
        History = await store.HistoryAsync("report", id.ToString(System.Globalization.CultureInfo.InvariantCulture), HttpContext.RequestAborted);
        return null;
    }
}
