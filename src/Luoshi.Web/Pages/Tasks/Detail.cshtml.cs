using System.Globalization;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Reading;
using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Luoshi.Storage.Lifecycle;
using Luoshi.Web.Api;
using Luoshi.Web.Problems;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Luoshi.Web.Reading.Tasks;
using Microsoft.AspNetCore.Mvc;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Tasks;

/// <summary>One task: its units, targets, the sentence in the report it came from, its reports, its supervision (交办,
/// 签收, 节点, 办结, 延期, 督办单) with the steps the caller may take now; the office changes its assignment here.</summary>
public sealed class DetailModel(LedgerReads reads, LedgerClock clock, UserLedger ledger) : PlanPage(reads, clock)
{
    private const int Context = 300;

    /// <summary>The task as the breakdown shows it.</summary>
    public TaskLine? Line { get; private set; }

    /// <summary>The report text before the task's sentence (a few hundred characters of it).</summary>
    public string Before { get; private set; } = "";

    /// <summary>The task's sentence.</summary>
    public string Sentence { get; private set; } = "";

    /// <summary>The report text after it.</summary>
    public string After { get; private set; } = "";

    /// <summary>The task's reports a caller may see.</summary>
    public IReadOnlyList<ReportSummary> Reports { get; private set; } = [];

    /// <summary>Unit names for the assignment form.</summary>
    public IReadOnlyList<string> Units { get; private set; } = [];

    /// <summary>The task's reading on the day shown: its status and lifecycle.</summary>
    public TaskReading? Reading { get; private set; }

    /// <summary>Where the task came from when it was carried over from an earlier year (结转), else null.</summary>
    public Luoshi.Domain.Years.CarryOrigin? Origin { get; private set; }

    /// <summary>The caller's part in the task (office, lead unit, supporting unit, leader).</summary>
    public TaskRole Role { get; private set; } = TaskRole.Outsider;

    /// <summary>The outcome of a change.</summary>
    public string? Message { get; private set; }

    /// <summary>True when <see cref="Message"/> reports a refusal.</summary>
    public bool Failed { get; private set; }

    /// <summary>Shows the task.</summary>
    public async Task<IActionResult> OnGetAsync(string code) => await LoadAsync(code) ?? Page();

    /// <summary>The office changes the lead unit, supporting units, leader or deadline.</summary>
    public async Task<IActionResult> OnPostAssignAsync(string code, string? lead, string? supporting, string? leader, DateOnly? deadline)
    {
        if (!User.RunsLedger())
        {
            return Forbid();
        }

        if (await LoadAsync(code) is { } missing)
        {
            return missing;
        }

        var support = (supporting ?? "").Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = await ledger.Value.AssignAsync(Plan!.Id, code, new Assignment(lead, support, leader?.Trim(), deadline), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            Failed = true;
            Message = result.Error!.ToString();
            return Page();
        }

        return RedirectToPage(new { code, plan = Plan.Id, saved = 1 });
    }

    /// <summary>True when the page offers <paramref name="step"/> to the caller: the caller's role takes it, the task's
    /// stage allows it, and there is something for it (a proposal to decide, a notice to answer…). The ledger decides
    /// again when the form comes back.</summary>
    public bool Offers(LifecycleStep step)
    {
        if (Reading is null || LifecycleRules.Refusal(Role, step, Reading.Stage) is not null)
        {
            return false;
        }

        var life = Reading.Lifecycle;
        return step switch
        {
            LifecycleStep.ApproveMilestones or LifecycleStep.ReturnMilestones => life?.Milestones.Any(m => m.State == MilestoneState.Proposed) == true,
            LifecycleStep.CompleteMilestone => life?.Milestones.Any(m => m.State == MilestoneState.Approved && m.DoneOn is null) == true,
            LifecycleStep.RequestExtension => life?.Extensions.Any(e => e.State == ExtensionState.Requested) != true,
            LifecycleStep.GrantExtension or LifecycleStep.RefuseExtension => life?.Extensions.Any(e => e.State == ExtensionState.Requested) == true,
            LifecycleStep.AnswerNotice => life?.Notices.Any(n => n.RespondedOn is null) == true,
            _ => true,
        };
    }

    /// <summary>Takes a lifecycle step as the signed-in account; a refusal is shown on the page in catalogue words (or,
    /// to an account that may not read the task, on the error page).</summary>
    public async Task<IActionResult> OnPostStepAsync(
        string code, string step, string? reason, string? text, DateOnly? deadline, int? number, string? evidence, string? notice, string? leader)
    {
        if (LifecycleSteps.Parse(step ?? "") is not { } known)
        {
            return PageProblems.Refuse(HttpContext, new Problem(Catalogue.Lifecycle.UnknownStep(step ?? ""), Place.OfField("step"), ProblemKind.NotFound));
        }

        if (!await LoadPlanAsync())
        {
            return NotFound();
        }

        var body = new StepBody(reason, text, known == LifecycleStep.ProposeMilestones ? Proposed() : null, number, deadline, leader, notice, evidence);
        var result = await LifecycleSteps.TakeAsync(ledger.OnToday.Lifecycle, Plan!.Id, code, LifecycleEndpoints.Actor(User), known, body, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            if (await LoadAsync(code) is not null)
            {
                return PageProblems.Refuse(HttpContext, result.Error!);
            }

            // The form's field names mean nothing to the reader: the words alone.
            Failed = true;
            Message = result.Error!.Message.ToString();
            return Page();
        }

        return RedirectToPage(new { code, plan = Plan.Id, done = LifecycleNames.Of(known) });
    }

    // The milestone rows of the form (m-title, m-due, m-evidence, repeated); a row left wholly blank is not proposed.
    private List<MilestoneBody> Proposed()
    {
        var titles = Request.Form["m-title"];
        var dues = Request.Form["m-due"];
        var evidence = Request.Form["m-evidence"];
        var rows = new List<MilestoneBody>();
        for (var i = 0; i < titles.Count; i++)
        {
            var title = titles[i]?.Trim() ?? "";
            var due = i < dues.Count ? dues[i] ?? "" : "";
            var needs = i < evidence.Count ? evidence[i]?.Trim() ?? "" : "";
            if (title.Length == 0 && due.Length == 0 && needs.Length == 0)
            {
                continue;
            }

            rows.Add(new MilestoneBody(title,
                DateOnly.TryParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : DateOnly.MinValue, needs));
        }

        return rows;
    }

    private async Task<IActionResult?> LoadAsync(string code)
    {
        if (!await LoadPlanAsync() || Plan!.Tasks.FirstOrDefault(t => t.Code == code) is not { } task)
        {
            return NotFound();
        }

        if (!User.ReadsAll() && !TaskBreakdown.Involves(task, User.UnitName() ?? ""))
        {
            return Forbid();
        }

        if ((await Reads.ReadingAsync(Plan.Id, AsOf, HttpContext.RequestAborted))?.Task(code) is not { } reading)
        {
            return NotFound();
        }

        Line = TaskLine.Of(reading);
        Reading = reading;
        Role = User.Role() is { } role ? TaskRoles.Of(role, User.UnitName(), task) : TaskRole.Outsider;
        Origin = (await ledger.Value.Years.OriginsAsync(Plan.Id, HttpContext.RequestAborted)).GetValueOrDefault(code);
        if (Origin is null)
        {
            Cut(Plan.SourceText, task.Span);
        }
        Reports = [.. (await Reads.ReportsAsync(Plan.Id, HttpContext.RequestAborted)).Where(r => r.TaskCode == code && UnitScope.MayRead(User, r.Unit))];
        Units = [.. (await Reads.UnitsAsync(HttpContext.RequestAborted)).Select(u => u.Name)];
        if (Request.Query.ContainsKey("saved"))
        {
            Message = T("已保存，并记入审计记录。", "Saved and recorded in the audit trail.");
        }
        else if (Request.Query["done"].ToString() is { Length: > 0 } done && LifecycleSteps.Parse(done) is { } taken)
        {
            var name = Catalogue.Lifecycle.StepName(taken);
            Message = T($"已{name.Zh}，并记入审计记录。", $"Done ({name.En}) and recorded in the audit trail.");
        }

        return null;
    }

    private void Cut(string text, SourceSpan span)
    {
        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End, start, text.Length);
        var from = Math.Max(0, start - Context);
        var to = Math.Min(text.Length, end + Context);
        Before = (from > 0 ? "…" : "") + text[from..start];
        Sentence = text[start..end];
        After = text[end..to] + (to < text.Length ? "…" : "");
    }
}
