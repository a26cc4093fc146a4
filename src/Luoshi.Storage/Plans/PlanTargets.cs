using Luoshi.Domain.Plans;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Plans;

/// <summary>Brings a stored plan's targets in line with a new import, by code: a target may even move to another
/// task and keeps its id (and its reported values).</summary>
internal static class PlanTargets
{
    public static void Merge(LedgerDbContext db, Plan stored, List<PlanTask> incoming, Dictionary<string, PlanTask> tasks)
    {
        var byCode = stored.Tasks.SelectMany(t => t.Targets).ToDictionary(t => t.Code, StringComparer.Ordinal);
        foreach (var task in incoming)
        {
            var owner = tasks[task.Code];
            var added = new List<Target>();
            var ordinal = 0;
            foreach (var target in task.Targets)
            {
                if (byCode.TryGetValue(target.Code, out var kept))
                {
                    Update(kept, target);
                    kept.TaskId = owner.Id;
                    db.Entry(kept).Property(ReportOrder.Column).CurrentValue = ordinal;
                }
                else
                {
                    added.Add(Copy(target));
                }

                ordinal++;
            }

            PlanCreation.AddTargets(db, stored.Id, owner, added);
        }
    }

    // The parsed promise follows the new text. What the office set stays: the trajectory, publication, a baseline
    // the new import lacks, the indicator binding, and the measure unless the kind or unit changed (then the office's choice no longer fits).
    private static void Update(Target kept, Target target)
    {
        if (kept.Kind != target.Kind || kept.Unit != target.Unit)
        {
            kept.Measure = target.Measure;
        }

        (kept.Text, kept.Subject, kept.Kind, kept.Comparator, kept.Value, kept.Upper, kept.Unit, kept.Deadline, kept.Span) =
            (target.Text, target.Subject, target.Kind, target.Comparator, target.Value, target.Upper, target.Unit, target.Deadline, target.Span);
        kept.Baseline = target.Baseline ?? kept.Baseline;
        kept.Trajectory = target.Trajectory.Count > 0 ? [.. target.Trajectory] : kept.Trajectory;
        kept.Public |= target.Public;
        kept.Binding = target.Binding ?? kept.Binding;
    }

    private static Target Copy(Target t) => new()
    {
        Code = t.Code,
        Text = t.Text,
        Subject = t.Subject,
        Kind = t.Kind,
        Comparator = t.Comparator,
        Value = t.Value,
        Upper = t.Upper,
        Unit = t.Unit,
        Measure = t.Measure,
        Baseline = t.Baseline,
        Deadline = t.Deadline,
        Trajectory = [.. t.Trajectory],
        Span = t.Span,
        Public = t.Public,
        Binding = t.Binding,
    };
}
