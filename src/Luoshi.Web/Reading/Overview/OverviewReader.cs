using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Reading;

namespace Luoshi.Web.Reading.Overview;

/// <summary>The overview of a plan: its reading's totals, sections, ranking and overdue reports, cached with it.</summary>
public sealed class OverviewReader(LedgerReads reads)
{
    /// <summary>The overview of <paramref name="plan"/> on <paramref name="asOf"/>.</summary>
    public async Task<OverviewData> ReadAsync(Plan plan, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var reading = await reads.ReadingAsync(plan.Id, asOf, ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"plan {plan.Id} vanished while its overview was read");
        return Of(reading);
    }

    /// <summary>The overview made of a plan's reading.</summary>
    public static OverviewData Of(PlanReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var plan = reading.Plan;
        var heading = new PlanHeading(plan.Id, plan.Region, plan.Year, plan.Cadence.Frequency == ReportingFrequency.Monthly ? "monthly" : "quarterly");
        return new OverviewData(heading, reading.AsOf, reading.Totals, reading.Sections, reading.Units, reading.Overdue);
    }
}
