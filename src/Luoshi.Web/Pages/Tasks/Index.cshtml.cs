using Luoshi.Domain.Evaluation;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Luoshi.Web.Reading.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace Luoshi.Web.Pages.Tasks;

/// <summary>The task breakdown (任务分解表): every task a caller may see, with its units, leader, deadline and targets.</summary>
public sealed class IndexModel(LedgerReads reads, LedgerClock clock) : PlanPage(reads, clock)
{
    /// <summary>Only tasks with a target in this status (on_track, at_risk…), if given.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusKey { get; set; }

    /// <summary>The status asked for, if it names one.</summary>
    public TargetStatus? Status => TargetStatusKey.Parse(StatusKey);

    /// <summary>The rows shown.</summary>
    public IReadOnlyList<TaskLine> Lines { get; private set; } = [];

    /// <summary>Each task's status (已销号 … 未签收) on the day shown, by code.</summary>
    public IReadOnlyDictionary<string, Domain.Lifecycle.TaskProgress> TaskStatuses { get; private set; } = new Dictionary<string, Domain.Lifecycle.TaskProgress>();

    /// <summary>Reads the breakdown.</summary>
    public async Task OnGetAsync()
    {
        if (await LoadPlanAsync() && await Reads.ReadingAsync(Plan!.Id, AsOf, HttpContext.RequestAborted) is { } reading)
        {
            Lines = TaskBreakdown.Lines(reading, User, Status);
            TaskStatuses = reading.Tasks.ToDictionary(t => t.Code, t => t.Status, StringComparer.Ordinal);
        }
    }
}
