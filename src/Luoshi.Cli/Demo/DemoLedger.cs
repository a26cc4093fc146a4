using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Storage;

namespace Luoshi.Cli.Demo;

/// <summary>Fills a ledger with the sample report, the city's units, confirmed assignments, a seeded year of progress,
/// monitoring data, village and household registers (演示数据) and the day's reminders, the way an office would after importing, and binds
/// the measurable targets to their indicators; shared by <c>luoshi demo</c> and <c>luoshi serve --demo</c>. The
/// ledger's clock should be a <see cref="DemoClock"/> of <c>day</c>.</summary>
internal static class DemoLedger
{
    public static async Task<string?> FillAsync(Luoshi.Storage.Ledger ledger, Domain.Plans.Plan plan, DateOnly day, int seed, CancellationToken ct)
    {
        var imported = await ledger.ImportPlanAsync(plan, replace: false, ct);
        var units = await ledger.ImportUnitsAsync(DemoFiles.Units, null, ct);
        if (imported.Outcome == PlanImportOutcome.Refused || !units.Succeeded)
        {
            return imported.Outcome == PlanImportOutcome.Refused ? imported.Message : string.Join("; ", units.Errors);
        }

        // Confirm the suggested units — a task the parser could not place goes to the government itself (the units'
        // root) — and give every direction target a baseline, as an office would after import.
        var government = (await ledger.ListUnitsAsync(ct)).FirstOrDefault(u => u.ParentCode is null)?.Name;
        foreach (var task in plan.Tasks.Where(t => (t.LeadUnit ??= government) is not null))
        {
            await ledger.AssignAsync(imported.PlanId, task.Code, new Assignment(task.LeadUnit, task.SupportingUnits, DemoLeaders.Of(task.LeadUnit), null), ct);
        }

        foreach (var target in plan.Tasks.SelectMany(t => t.Targets).Where(t => t.Measure == Measure.Direction))
        {
            await ledger.UpdateTargetAsync(imported.PlanId, target.Code, new TargetChange(Baseline: 100m), ct);
        }

        // The office publishes the plain figures (amounts, shares, levels); milestones and bottom lines stay internal.
        foreach (var target in plan.Tasks.SelectMany(t => t.Targets).Where(t => t.Measure is Measure.Cumulative or Measure.Ratio or Measure.Level))
        {
            await ledger.UpdateTargetAsync(imported.PlanId, target.Code, new TargetChange(Public: true), ct);
        }

        var stored = await ledger.FindPlanAsync(imported.PlanId, ct);
        var through = Math.Max(1, new ReportingCalendar(plan.Year, plan.Cadence).PastDue(day));
        // Each day's reports are imported on that day, so each report carries the day it was sent.
        foreach (var (sentOn, text) in DemoProgress.Csv(stored!, through, day, seed))
        {
            var csv = Path.Combine(Path.GetTempPath(), $"luoshi-demo-progress-{Guid.NewGuid():N}.csv");
            await File.WriteAllTextAsync(csv, text, ct);
            try
            {
                var progress = await ledger.ForActor("演示数据 demo", new DemoClock(sentOn)).ImportProgressAsync(imported.PlanId, csv, null, ct);
                if (!progress.Succeeded)
                {
                    return string.Join("; ", progress.Errors);
                }
            }
            finally
            {
                File.Delete(csv);
            }
        }

        // The measurable targets come from the monitoring data and registers, bound by the words of each target; then
        // a year of supervision is replayed on its days, and the reminders of the day go out (docs/reminders.md).
        return await DemoRegisters.ImportAsync(ledger, plan.Year, day, seed, ct)
            ?? (await DemoBindings.BindAsync(ledger, stored!, plan.Year, day, ct)).Error
            ?? await DemoLifecycle.ReplayAsync(ledger, stored!, day, ct)
            ?? await DemoReminders.SendAsync(ledger, day, ct)
            ?? await DemoClosing.CloseAsync(ledger, stored!, day, ct)
            ?? await DemoSecondYear.AddAsync(ledger, stored!, day, ct);
    }
}
