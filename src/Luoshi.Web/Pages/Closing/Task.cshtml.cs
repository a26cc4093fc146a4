using Luoshi.Domain.Closing;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;
using Luoshi.Web.Access;
using Luoshi.Web.Api;
using Luoshi.Domain.Attachments;
using Luoshi.Web.Hosting;
using Luoshi.Web.Problems;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Luoshi.Web.Pages.Closing;

/// <summary>One task's year-end account: its targets' finals (computed ones from the data, with the standard named),
/// the unit's submission, the office's decision and corrections; the forms of the steps the caller may take now
/// (ClosingRules). A hand-made post of another step gets the same catalogue words.</summary>
public sealed class TaskModel(LedgerReads reads, LedgerClock clock, UserLedger ledger, WebSettings settings) : PlanPage(reads, clock)
{
    /// <summary>The task's year-end account.</summary>
    public TaskClosing? Task { get; private set; }

    /// <summary>The caller's part in the task.</summary>
    public TaskRole Role { get; private set; } = TaskRole.Outsider;

    /// <summary>True when the closing is open.</summary>
    public bool Open { get; private set; }

    /// <summary>The refusal of the last step, listed over the forms and beside its field.</summary>
    public IReadOnlyList<Problem> Errors { get; private set; } = [];

    /// <summary>The step just taken, for the confirmation line.</summary>
    public ClosingStep? Done { get; private set; }

    /// <summary>Shows the account.</summary>
    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (await LoadAsync(code) is { } refused)
        {
            return refused;
        }

        var done = Request.Query["done"].ToString();
        Done = ClosingActions.Parse(done) ?? done switch { "attach" => ClosingStep.Attach, "detach" => ClosingStep.Detach, _ => null };
        return Page();
    }

    /// <summary>True when the caller may download the account's files (the office, leaders, the lead unit).</summary>
    public bool ReadsFiles => ClosingRules.MayReadFiles(Role);

    /// <summary>The upload form's hint: the kinds and the size limit.</summary>
    public Words UploadHint => Catalogue.Closing.UploadHint(AttachmentRules.Kinds, AttachmentRules.Megabytes(settings.MaxAttachmentBytes));

    /// <summary>上传佐证材料: one file, checked by its first bytes and size as a report's files are (AttachmentRules); a
    /// refusal is shown beside the file field with its status.</summary>
    public async Task<IActionResult> OnPostFilesAsync(string code, IFormFile? file)
    {
        if (await LoadAsync(code) is { } refused)
        {
            return refused;
        }

        Problem? problem = null;
        if (file is null || file.Length == 0)
        {
            problem = new Problem(Catalogue.Closing.NoFileChosen, Place.OfField("file"));
        }
        else if (file.Length > settings.MaxAttachmentBytes)
        {
            // Refused by its size before it is read into memory.
            problem = new Problem(AttachmentRules.TooLarge(file.FileName, settings.MaxAttachmentBytes), Place.OfField("file"), ProblemKind.TooLarge);
        }
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, HttpContext.RequestAborted);
            var content = buffer.ToArray();
            var (type, error) = AttachmentRules.Check(file.FileName, content, settings.MaxAttachmentBytes);
            problem = error is { } wrong ? new Problem(wrong, Place.OfField("file"))
                : (await ledger.OnToday.Closing.AttachAsync(Plan!.Id, code, LifecycleEndpoints.Actor(User), AttachmentRules.SafeName(file.FileName), type!, content, HttpContext.RequestAborted)).Error;
        }

        return problem is null ? RedirectToPage(new { code, plan = Plan!.Id, done = "attach" }) : Refuse(problem);
    }

    /// <summary>删除佐证材料: takes one file off the account while the unit may still change it.</summary>
    public async Task<IActionResult> OnPostRemoveFileAsync(string code, int id)
    {
        if (await LoadAsync(code) is { } refused)
        {
            return refused;
        }

        var removed = await ledger.OnToday.Closing.DetachAsync(Plan!.Id, code, LifecycleEndpoints.Actor(User), id, HttpContext.RequestAborted);
        return removed.Succeeded ? RedirectToPage(new { code, plan = Plan.Id, done = "detach" }) : Refuse(removed.Error!);
    }

    private PageResult Refuse(Problem problem)
    {
        Errors = [problem];
        Response.StatusCode = ProblemDocuments.Status(problem.Kind);
        return Page();
    }

    /// <summary>True when the page offers <paramref name="step"/> to the caller now.</summary>
    public bool Offers(ClosingStep step) => Open && Task is not null && ClosingRules.Refusal(Role, step, Task.Account.State) is null;

    /// <summary>Takes a closing step as the signed-in account; a refusal is shown on the page with its status.</summary>
    public async Task<IActionResult> OnPostStepAsync(string code, string? step, string? result, string? summary, DateOnly? doneOn, string? reason, string? evidence)
    {
        if (ClosingActions.Parse(step ?? "") is not { } known)
        {
            return PageProblems.Refuse(HttpContext, new Problem(Catalogue.Closing.UnknownStep(step ?? ""), Place.OfField("step"), ProblemKind.NotFound));
        }

        if (await LoadAsync(code) is { } refused)
        {
            return refused;
        }

        var body = new ClosingBody(result, summary, doneOn, reason, (evidence ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Finals());
        var taken = await ClosingActions.TakeAsync(ledger.OnToday.Closing, Plan!.Id, code, LifecycleEndpoints.Actor(User), known, body, HttpContext.RequestAborted);
        if (!taken.Succeeded)
        {
            Errors = [taken.Error!];
            Response.StatusCode = ProblemDocuments.Status(taken.Error!.Kind);
            return Page();
        }

        return RedirectToPage(new { code, plan = Plan.Id, done = step });
    }

    // The targets' inputs: final-T1.1 (a value) or final-T2.1 (a day, for a milestone); blank ones are not given.
    private List<FinalBody> Finals()
    {
        var finals = new List<FinalBody>();
        foreach (var t in Task!.Targets.Where(t => t.Source == Domain.Reading.FigureSource.Reported))
        {
            var text = Request.Form[$"final-{t.Code}"].ToString().Trim();
            if (text.Length == 0)
            {
                continue;
            }

            finals.Add(t.Reading.Measure == Measure.Milestone
                ? new FinalBody(t.Code, null, DayText.Parse(text))
                : new FinalBody(t.Code, NumberText.Parse(text)));
        }

        return finals;
    }

    private async Task<IActionResult?> LoadAsync(string code)
    {
        if (!await LoadPlanAsync() || await Reads.ClosingAsync(Plan!.Id, HttpContext.RequestAborted) is not { } closing
            || closing.Task(code) is not { } task)
        {
            return PageProblems.Refuse(HttpContext, new Problem(Catalogue.Closing.NoSuchTask(code), Place.OfField("task"), ProblemKind.NotFound));
        }

        Role = User.Role() is { } role ? TaskRoles.Of(role, User.UnitName(), task.Reading.Task) : TaskRole.Outsider;
        if (Role == TaskRole.Outsider)
        {
            return PageProblems.Refuse(HttpContext, new Problem(Catalogue.Closing.NotYourTask, Kind: ProblemKind.Forbidden));
        }

        (Task, Open) = (task, closing.Closing is not null);
        return null;
    }
}
