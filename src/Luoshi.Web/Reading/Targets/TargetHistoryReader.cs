using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Storage;

namespace Luoshi.Web.Reading.Targets;

/// <summary>Reads a target's history from its task's reports (or, for a bound target, from the data its indicator
/// computes), cached until the ledger changes.</summary>
public sealed class TargetHistoryReader(LedgerReads reads, Ledger ledger)
{
    /// <summary>The history of <paramref name="target"/> of <paramref name="task"/> as of <paramref name="asOf"/>.</summary>
    public Task<TargetHistory> ReadAsync(Plan plan, PlanTask task, Target target, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(target);
        return reads.CachedAsync($"history:{plan.Id}:{target.Code}:{asOf:yyyy-MM-dd}", async token =>
        {
            if (target.Binding is { } binding)
            {
                return await ComputedHistory.ReadAsync(ledger, plan, target, binding, asOf, token).ConfigureAwait(false);
            }

            var summaries = (await reads.ReportsAsync(plan.Id, token).ConfigureAwait(false)).Where(r => r.TaskCode == task.Code);
            var reports = new List<ProgressReport>();
            foreach (var summary in summaries)
            {
                if (await ledger.FindReportAsync(summary.Id, token).ConfigureAwait(false) is { } report)
                {
                    reports.Add(report);
                }
            }

            return TargetHistory.Of(plan, target, reports, asOf);
        }, ct);
    }
}
