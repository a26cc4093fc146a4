using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Luoshi.Web.Reading.Tasks;
using Luoshi.Documents.Excel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Workspace;

/// <summary>A unit reporter's workspace: what is due or returned, its tasks with their lights, and its reports.</summary>
[Authorize(Policy = Policies.Report)]
public sealed class IndexModel(LedgerReads reads, LedgerClock clock, Ledger store, UserLedger ledger, WebSettings settings) : PlanPage(reads, clock)
{
    /// <summary>A report the unit owes or must finish: the task, the period and the report if one is started.</summary>
    public sealed record Due(PlanTask Task, ReportingPeriod Period, ReportSummary? Report);

    /// <summary>The unit's name.</summary>
    public string Unit => User.UnitName()!;

    /// <summary>Reports to write, finish or correct: every past-due or current period of a task it leads without a
    /// submitted report, and every returned report.</summary>
    public IReadOnlyList<Due> ToDo { get; private set; } = [];

    /// <summary>A task the unit supports, with its contribution for the current period when written.</summary>
    public sealed record Supported(PlanTask Task, ContributionSummary? Contribution);

    /// <summary>The tasks it supports: a contribution (配合单位进展) each period, beside the lead unit's report.</summary>
    public IReadOnlyList<Supported> Supporting { get; private set; } = [];

    /// <summary>The tasks it leads or supports.</summary>
    public IReadOnlyList<TaskLine> Tasks { get; private set; } = [];

    /// <summary>Reminders (催办) the office sent the unit, newest first.</summary>
    public IReadOnlyList<Domain.Access.Reminder> Reminders { get; private set; } = [];

    /// <summary>Its reports.</summary>
    public IReadOnlyList<ReportSummary> Reports { get; private set; } = [];

    /// <summary>The period reports are now being written for (the first not yet past due).</summary>
    public int CurrentPeriod { get; private set; } = 1;

    /// <summary>The outcome of a template import.</summary>
    public string? ImportMessage { get; private set; }

    /// <summary>What was wrong with an imported template, each with its sheet, row and column.</summary>
    public IReadOnlyList<Problem> ImportErrors { get; private set; } = [];

    /// <summary>Imports a filled offline template of the unit: all of it, or nothing with every problem listed.</summary>
    public async Task<IActionResult> OnPostImportAsync(IFormFile? template, bool submit)
    {
        if (template is null || template.Length == 0 || template.Length > settings.MaxAttachmentBytes)
        {
            ImportErrors = [new Problem(Catalogue.Forms.ChooseFile(settings.MaxAttachmentBytes / (1024 * 1024)), Place.OfField("template"))];
        }
        else if (await LoadPlanAsync())
        {
            var path = Path.Combine(Path.GetTempPath(), $"luoshi-template-{Guid.NewGuid():N}.xlsx");
            try
            {
                await using (var file = System.IO.File.Create(path))
                {
                    await template.CopyToAsync(file, HttpContext.RequestAborted);
                }

                // The file's own name in the messages, not the temporary one.
                var result = await TemplateImport.ImportAsync(ledger.Value, Plan!.Id, path, Unit, submit, HttpContext.RequestAborted);
                ImportErrors = [.. result.Errors.Select(e => e.Place?.File == Path.GetFileName(path) ? e with { Place = e.Place with { File = Path.GetFileName(template.FileName) } } : e)];
                ImportMessage = result.Succeeded ? T($"已导入 {result.Rows} 行。", $"Imported {result.Rows} rows.") : null;
            }
            finally
            {
                System.IO.File.Delete(path);
            }
        }

        await OnGetAsync();
        return Page();
    }

    /// <summary>Reads the workspace.</summary>
    public async Task OnGetAsync()
    {
        if (!await LoadPlanAsync())
        {
            return;
        }

        Tasks = await Reads.ReadingAsync(Plan!.Id, AsOf, HttpContext.RequestAborted) is { } reading ? TaskBreakdown.Lines(reading, User) : [];
        Reports = [.. (await Reads.ReportsAsync(Plan.Id, HttpContext.RequestAborted)).Where(r => r.Unit == Unit)];
        Reminders = [.. (await store.ListRemindersAsync(Plan.Id, HttpContext.RequestAborted)).Where(r => r.Unit == Unit).OrderByDescending(r => r.At)];
        var calendar = new ReportingCalendar(Plan.Year, Plan.Cadence);
        // The current period too, so a unit can report before the due day.
        var upTo = Math.Min(calendar.Periods.Count, calendar.PastDue(AsOf) + 1);
        CurrentPeriod = upTo;
        var mine = Reports.ToDictionary(r => (r.TaskCode, r.Period));
        var todo = new List<Due>();
        foreach (var task in Plan.Tasks.Where(t => t.LeadUnit == Unit))
        {
            for (var p = 1; p <= upTo; p++)
            {
                var report = mine.GetValueOrDefault((task.Code, p));
                if (report is null or { State: ReportState.Draft or ReportState.Returned })
                {
                    todo.Add(new Due(task, calendar[p], report));
                }
            }
        }

        var contributions = (await store.ListContributionsAsync(Plan.Id, period: upTo, unit: Unit, ct: HttpContext.RequestAborted))
            .ToDictionary(c => c.TaskCode, StringComparer.Ordinal);
        Supporting = [.. Plan.Tasks.Where(t => t.SupportingUnits.Contains(Unit, StringComparer.Ordinal) && t.LeadUnit != Unit)
            .Select(t => new Supported(t, contributions.GetValueOrDefault(t.Code)))];
        ToDo = [.. todo.OrderBy(d => d.Report?.State == ReportState.Returned ? 0 : 1).ThenBy(d => d.Period.Due).ThenBy(d => d.Task.Code, StringComparer.Ordinal)];
    }
}
