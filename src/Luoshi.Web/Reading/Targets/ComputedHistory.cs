using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Storage;

namespace Luoshi.Web.Reading.Targets;

/// <summary>The history of a target bound to a computed indicator: its values per period come from the data, and no
/// period is ever "not reported".</summary>
internal static class ComputedHistory
{
    public static async Task<TargetHistory> ReadAsync(Ledger ledger, Plan plan, Target target, IndicatorBinding binding, DateOnly asOf, CancellationToken ct)
    {
        var calendar = new ReportingCalendar(plan.Year, plan.Cadence);
        var series = await ledger.ReadIndicatorAsync(binding, calendar, asOf, ct).ConfigureAwait(false);
        var all = calendar.Periods.Aggregate(default(PeriodSet), (set, p) => set.With(p.Number));
        return TargetHistory.Of(plan, target, [.. series.Values], all, asOf);
    }
}
