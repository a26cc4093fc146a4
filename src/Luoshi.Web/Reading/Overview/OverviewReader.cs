using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Storage;

namespace Luoshi.Web.Reading.Overview;

/// <summary>Builds the overview of a plan from the ledger's evaluation and report list, cached with them.</summary>
public sealed class OverviewReader(LedgerReads reads)
{
    /// <summary>The overview of <paramref name="plan"/> on <paramref name="asOf"/>.</summary>
    public Task<OverviewData> ReadAsync(Plan plan, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return reads.CachedAsync($"overview:{plan.Id}:{asOf:yyyy-MM-dd}", async token =>
        {
            var rows = await reads.StatusAsync(plan.Id, asOf, token).ConfigureAwait(false);
            var reports = await reads.ReportsAsync(plan.Id, token).ConfigureAwait(false);
            return Build(plan, asOf, rows, reports);
        }, ct);
    }

    internal static OverviewData Build(Plan plan, DateOnly asOf, IReadOnlyList<TargetStatusRow> rows, IReadOnlyList<ReportSummary> reports)
    {
        var overdue = PlanStandings.Overdue(plan, asOf, reports);
        var units = PlanStandings.Units(plan, asOf, rows, reports, overdue);
        var heading = new PlanHeading(plan.Id, plan.Region, plan.Year, plan.Cadence.Frequency == ReportingFrequency.Monthly ? "monthly" : "quarterly");
        return new OverviewData(heading, asOf, StatusCounts.Count(rows.Select(r => r.Evaluation.Status)), PlanStandings.Sections(plan, rows), units, overdue);
    }
}
