using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Storage;
using Luoshi.Storage.Indicators;

namespace Luoshi.Cli.Demo;

/// <summary>Binds the plan's targets to the indicators their own words suggest (优良率 → air.good-day-share:城区), as the
/// office would confirm the suggestions after importing the registers; no target is picked by its code.</summary>
internal static class DemoBindings
{
    public static async Task<(int Bound, string? Error)> BindAsync(Luoshi.Storage.Ledger ledger, Plan plan, int year, DateOnly day, CancellationToken ct)
    {
        var bound = 0;
        foreach (var target in plan.Tasks.SelectMany(t => t.Targets))
        {
            if (IndicatorSuggestions.For(target) is not [var binding, ..])
            {
                continue;
            }

            var result = await ledger.BindTargetAsync(plan.Id, target.Code, binding, ct);
            if (!result.Succeeded)
            {
                return (bound, $"target {target.Code} {binding}: {result.Error!.Message}");
            }

            bound++;
            if (await FollowUpAsync(ledger, target, binding, year, day, ct) is { } change)
            {
                await ledger.UpdateTargetAsync(plan.Id, target.Code, change, ct);
            }
        }

        return (bound, null);
    }

    /// <summary>What docs/monitoring.md and docs/villages.md tell the office to set beside the binding: a share of good
    /// days holds all year (a level), and a direction's baseline is last year's total.</summary>
    private static async Task<TargetChange?> FollowUpAsync(
        Luoshi.Storage.Ledger ledger, Target target, IndicatorBinding binding, int year, DateOnly day, CancellationToken ct)
    {
        if (binding.Indicator == "air.good-day-share")
        {
            return new TargetChange(Measure: Measure.Level);
        }

        if (target.Measure == Measure.Direction && binding.Indicator == "villages.collective-income")
        {
            var summary = await ledger.Villages.SummaryAsync(year, day, null, ct);
            return new TargetChange(Baseline: summary.Region.IncomeLastYear);
        }

        return null;
    }
}
