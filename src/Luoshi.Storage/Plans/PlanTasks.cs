using Luoshi.Domain.Plans;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Plans;

/// <summary>Brings a stored plan's tasks in line with a new import, by code; vanished tasks are left to the caller.</summary>
internal static class PlanTasks
{
    /// <summary>Updates and adds tasks; returns the stored task for every incoming task code.</summary>
    public static Dictionary<string, PlanTask> Merge(LedgerDbContext db, Plan stored, List<PlanTask> incoming)
    {
        var byCode = stored.Tasks.ToDictionary(t => t.Code, StringComparer.Ordinal);
        var result = new Dictionary<string, PlanTask>(StringComparer.Ordinal);
        var ordinal = 0;
        foreach (var task in incoming)
        {
            if (byCode.TryGetValue(task.Code, out var kept))
            {
                Update(kept, task);
            }
            else
            {
                kept = Copy(task);
                stored.Tasks.Add(kept);
            }

            db.Entry(kept).Property(ReportOrder.Column).CurrentValue = ordinal++;
            result[task.Code] = kept;
        }

        return result;
    }

    // The report's words and place always follow the new text; an assignment the office confirmed (units, leader,
    // deadline: UnitsSuggested is false) stays, while a mere suggestion is replaced by the new one.
    private static void Update(PlanTask kept, PlanTask task)
    {
        (kept.SectionCode, kept.WorkItem, kept.Text, kept.Span) = (task.SectionCode, task.WorkItem, task.Text, task.Span);
        if (kept.UnitsSuggested)
        {
            (kept.LeadUnit, kept.SupportingUnits, kept.Leader, kept.Deadline, kept.UnitsSuggested) =
                (task.LeadUnit, [.. task.SupportingUnits], task.Leader, task.Deadline, task.UnitsSuggested);
        }
    }

    // A new task is added without its targets: they follow once the task has an id (PlanTargets).
    private static PlanTask Copy(PlanTask task) => new()
    {
        Code = task.Code,
        SectionCode = task.SectionCode,
        WorkItem = task.WorkItem,
        Text = task.Text,
        Span = task.Span,
        LeadUnit = task.LeadUnit,
        SupportingUnits = [.. task.SupportingUnits],
        UnitsSuggested = task.UnitsSuggested,
        Leader = task.Leader,
        Deadline = task.Deadline,
    };
}
