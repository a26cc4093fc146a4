using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Reading;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Authorization;

namespace Luoshi.Web.Pages.Supervision;

/// <summary>The supervision office's queues (督办台): tasks to assign, tasks not signed for (late ones first), milestone
/// plans, close requests and extension requests waiting for a decision, and the supervision notices issued. Each row
/// leads to the task's page, where the step is taken; tasks are assigned from here.</summary>
[Authorize(Policy = Policies.RunLedger)]
public sealed class IndexModel(LedgerReads reads, LedgerClock clock) : PlanPage(reads, clock)
{
    /// <summary>Every task of the plan as of the day shown.</summary>
    public IReadOnlyList<TaskReading> Tasks { get; private set; } = [];

    /// <summary>Tasks not assigned yet.</summary>
    public IEnumerable<TaskReading> ToAssign => Tasks.Where(t => Life(t) is null);

    /// <summary>Assigned and not signed for, the longest overdue first.</summary>
    public IEnumerable<TaskReading> NotSigned => Tasks.Where(t => Life(t) is { } l && !l.IsSignedBy(AsOf)).OrderBy(t => Life(t)!.SignDue);

    /// <summary>Tasks whose milestone plan waits for approval.</summary>
    public IEnumerable<TaskReading> MilestonesProposed => Tasks.Where(t => Life(t)?.Milestones.Any(m => m.State == MilestoneState.Proposed && m.ProposedOn <= AsOf) == true);

    /// <summary>Close requests waiting for review.</summary>
    public IEnumerable<TaskReading> CloseRequested => Tasks.Where(t => Life(t) is { } l && l.CloseRequestedOn is { } on && on <= AsOf && !l.IsClosedBy(AsOf));

    /// <summary>Extension requests waiting for a decision, with their task.</summary>
    public IEnumerable<(TaskReading Task, Extension Request)> ExtensionsRequested =>
        Tasks.SelectMany(t => (Life(t)?.Extensions ?? []).Where(e => e.State == ExtensionState.Requested && e.RequestedOn <= AsOf).Select(e => (t, e)));

    /// <summary>Notices issued by the day shown, unanswered first.</summary>
    public IEnumerable<(TaskReading Task, SupervisionNotice Notice)> Notices =>
        Tasks.SelectMany(t => (Life(t)?.Notices ?? []).Where(n => n.IssuedOn <= AsOf).Select(n => (t, n))).OrderBy(x => x.n.AnsweredBy(AsOf)).ThenBy(x => x.n.IssuedOn);

    /// <summary>The task's lifecycle if it was assigned by the day shown.</summary>
    public TaskLifecycle? Life(TaskReading task) => task?.Lifecycle is { } l && l.IsAssignedBy(AsOf) ? l : null;

    /// <summary>Reads the queues.</summary>
    public async Task OnGetAsync()
    {
        if (await LoadPlanAsync() && await Reads.ReadingAsync(Plan!.Id, AsOf, HttpContext.RequestAborted) is { } reading)
        {
            Tasks = reading.Tasks;
        }
    }
}
