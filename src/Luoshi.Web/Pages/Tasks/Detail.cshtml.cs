using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Storage;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Luoshi.Web.Reading.Tasks;
using Microsoft.AspNetCore.Mvc;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Tasks;

/// <summary>One task: its units, targets, the sentence in the report it came from, its reports; the office changes its
/// assignment here.</summary>
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
        Cut(Plan.SourceText, task.Span);
        Reports = [.. (await Reads.ReportsAsync(Plan.Id, HttpContext.RequestAborted)).Where(r => r.TaskCode == code && UnitScope.MayRead(User, r.Unit))];
        Units = [.. (await Reads.UnitsAsync(HttpContext.RequestAborted)).Select(u => u.Name)];
        if (Request.Query.ContainsKey("saved"))
        {
            Message = T("已保存，并记入审计记录。", "Saved and recorded in the audit trail.");
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
