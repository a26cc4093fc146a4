using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Plans;
using Luoshi.Web.Hosting;
using Luoshi.Web.Localization;
using Luoshi.Web.Reading;
using Luoshi.Web.Reading.Lists;
using Luoshi.Web.Reading.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace Luoshi.Web.Pages.Tasks;

/// <summary>The task breakdown (任务分解表): every task a caller may see, with its units, leader, deadline and targets;
/// narrowed, ordered and paged on the server by what the address says (<see cref="TaskFilter"/>), so a filtered list
/// can be shared as a link.</summary>
public sealed class IndexModel(LedgerReads reads, LedgerClock clock) : PlanPage(reads, clock)
{
    /// <summary>Only tasks with a target in this status (on_track, at_risk…), if given.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusKey { get; set; }

    /// <summary>Only tasks this unit leads or supports (its name or alias, 人社局), if given.</summary>
    [BindProperty(SupportsGet = true, Name = "unit")]
    public string? UnitAsked { get; set; }

    /// <summary>Only tasks of this section (its code), if given.</summary>
    [BindProperty(SupportsGet = true, Name = "section")]
    public string? SectionAsked { get; set; }

    /// <summary>Only tasks in this task status (on_schedule, behind…), if given.</summary>
    [BindProperty(SupportsGet = true, Name = "progress")]
    public string? ProgressKey { get; set; }

    /// <summary>Only tasks due in this month (2022-12), if given.</summary>
    [BindProperty(SupportsGet = true, Name = "month")]
    public string? MonthAsked { get; set; }

    /// <summary>Only tasks whose code, text, leader or targets hold these words, if given.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Words { get; set; }

    /// <summary>Only tasks with a target whose figures come from here (reported, computed), if given.</summary>
    [BindProperty(SupportsGet = true, Name = "source")]
    public string? SourceKey { get; set; }

    /// <summary>Where the supervised work comes from: the work report (its tasks, here) or another source (批示件,
    /// 提案…), whose items the same address keys list on /items.</summary>
    [BindProperty(SupportsGet = true, Name = "origin")]
    public string? OriginAsked { get; set; }

    /// <summary>The column sorted by.</summary>
    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? SortAsked { get; set; }

    /// <summary>True to sort the other way round.</summary>
    [BindProperty(SupportsGet = true, Name = "desc")]
    public bool Descending { get; set; }

    /// <summary>The page asked for.</summary>
    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageAsked { get; set; }

    /// <summary>The status asked for, if it names one.</summary>
    public TargetStatus? Status => TargetStatusKey.Parse(StatusKey);

    /// <summary>The filter as read from the address.</summary>
    public TaskFilter Filter { get; private set; } = new(UnitQuery.Of(null, []));

    /// <summary>The rows shown (this page).</summary>
    public IReadOnlyList<TaskLine> Lines => Shown.Items;

    /// <summary>The page of rows shown, with how many pass the filter.</summary>
    public Paged<TaskLine> Shown { get; private set; } = Paged.Of<TaskLine>([], 1);

    /// <summary>How many tasks the caller may see in all (before the filter).</summary>
    public int Visible { get; private set; }

    /// <summary>The sections of the plan, for the filter.</summary>
    public IReadOnlyList<Section> Sections => Plan?.Sections ?? [];

    /// <summary>The deadline months of the plan's tasks, for the filter.</summary>
    public IReadOnlyList<string> Months { get; private set; } = [];

    /// <summary>The names and aliases of the register's units, offered as the unit filter is typed.</summary>
    public IReadOnlyList<string> UnitWords { get; private set; } = [];

    /// <summary>Each task's status (已销号 … 未签收) on the day shown, by code.</summary>
    public IReadOnlyDictionary<string, TaskProgress> TaskStatuses { get; private set; } = new Dictionary<string, TaskProgress>();

    /// <summary>Tasks carried over from an earlier year (结转), by code, with where they came from.</summary>
    public IReadOnlyDictionary<string, Domain.Years.CarryOrigin> Origins { get; private set; } = new Dictionary<string, Domain.Years.CarryOrigin>();

    /// <summary>Reads the breakdown; a source other than the work report is the items' list, with the same filter.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (Items.ItemOrigins.Parse(OriginAsked) is { } source)
        {
            return Redirect(QueryLinks.With(Request, ("origin", Items.ItemOrigins.Key(source))).Replace("/tasks", "/items", StringComparison.Ordinal));
        }

        if (await LoadPlanAsync() && await Reads.ReadingAsync(Plan!.Id, AsOf, HttpContext.RequestAborted) is { } reading)
        {
            var units = await Reads.UnitsAsync(HttpContext.RequestAborted);
            Filter = new TaskFilter(
                UnitQuery.Of(UnitAsked, units),
                string.IsNullOrWhiteSpace(SectionAsked) ? null : SectionAsked.Trim(),
                Status,
                TaskFilter.ParseProgress(ProgressKey),
                string.IsNullOrWhiteSpace(MonthAsked) ? null : MonthAsked.Trim(),
                string.IsNullOrWhiteSpace(Words) ? null : Words.Trim(),
                TaskFilter.ParseSource(SourceKey),
                TaskFilter.Sorts.Contains(SortAsked ?? "") ? SortAsked! : "code",
                Descending);
            UnitWords = [.. units.Where(u => u.Kind != Domain.Units.OrgUnitKind.Village).SelectMany(u => u.Aliases.Prepend(u.Name)).Distinct(StringComparer.Ordinal)];
            var all = TaskBreakdown.Lines(reading, User);
            Visible = all.Count;
            Months = [.. all.Select(l => GoalText.Month(l.Deadline)).Distinct().Order(StringComparer.Ordinal)];
            TaskStatuses = reading.Tasks.ToDictionary(t => t.Code, t => t.Status, StringComparer.Ordinal);
            Origins = await Reads.OriginsAsync(Plan!.Id, HttpContext.RequestAborted);
            Shown = Paged.Of<TaskLine>(Filter.Apply(all, TaskStatuses), PageAsked);
        }

        return Page();
    }
}
