using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Reports;

/// <summary>The task a draft reports on, checked: the plan and task exist, the period is one of the plan's, the
/// targets are the task's and the unit leads it (a supporting unit sends a contribution instead).</summary>
internal sealed record ReportTarget(PlanTask Task, string Unit, Dictionary<string, int> TargetIds, ReportingCalendar Calendar)
{
    public static async Task<(ReportTarget? Target, Problem? Error)> CheckAsync(LedgerDbContext db, ReportDraft draft, CancellationToken ct)
    {
        var (found, error) = await TaskUnit.FindAsync(db, draft.PlanId, draft.TaskCode, draft.Period, draft.Unit, ct).ConfigureAwait(false);
        if (found is null)
        {
            return (null, error);
        }

        var task = found.Task;
        if (found.Role == UnitRole.Supporting)
        {
            return (null, Catalogue.Contributions.OnlyLeadReports(found.Unit, task.Code, found.Lead ?? ""));
        }

        var ids = task.Targets.ToDictionary(t => t.Code, t => t.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in draft.Values)
        {
            if (!ids.ContainsKey(value.TargetCode))
            {
                return (null, new Problem(Catalogue.Reports.TargetNotOfTask(value.TargetCode, task.Code, ids.Keys), Place.OfField("values")));
            }

            if (!seen.Add(value.TargetCode))
            {
                return (null, new Problem(Catalogue.Reports.TargetTwice(value.TargetCode), Place.OfField("values")));
            }
        }

        return DraftRules.Check(draft, task, found.Year) is { } problem ? (null, problem) : (new ReportTarget(task, found.Unit, ids, found.Calendar), null);
    }
}
