using Luoshi.Domain.Evaluation;

namespace Luoshi.Web.Reading.Overview;

/// <summary>The overview (总览) of a plan on a day: counts by status, by section and by unit, the overdue reports and
/// the ranking of units; the page and GET /api/plans/{id}/overview show exactly this.</summary>
public sealed record OverviewData(
    PlanHeading Plan,
    DateOnly AsOf,
    StatusCounts Totals,
    IReadOnlyList<SectionStatus> Sections,
    IReadOnlyList<UnitStanding> Units,
    IReadOnlyList<OverdueReport> Overdue);

/// <summary>Which plan a page shows.</summary>
public sealed record PlanHeading(int Id, string Region, int Year, string Frequency);

/// <summary>How many targets stand in each status, and their lights.</summary>
public sealed record StatusCounts(int Targets, int Achieved, int OnTrack, int Behind, int AtRisk, int Missed, int NotReported)
{
    /// <summary>Achieved and on track.</summary>
    public int Green => Achieved + OnTrack;

    /// <summary>Behind.</summary>
    public int Yellow => Behind;

    /// <summary>At risk, missed, not reported.</summary>
    public int Red => AtRisk + Missed + NotReported;

    /// <summary>The count of one status.</summary>
    public int Of(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => Achieved,
        TargetStatus.OnTrack => OnTrack,
        TargetStatus.Behind => Behind,
        TargetStatus.AtRisk => AtRisk,
        TargetStatus.Missed => Missed,
        _ => NotReported,
    };

    /// <summary>Counts of <paramref name="statuses"/>.</summary>
    public static StatusCounts Count(IEnumerable<TargetStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var n = new int[6];
        var total = 0;
        foreach (var status in statuses)
        {
            n[(int)status]++;
            total++;
        }

        return new StatusCounts(total, n[(int)TargetStatus.Achieved], n[(int)TargetStatus.OnTrack], n[(int)TargetStatus.Behind],
            n[(int)TargetStatus.AtRisk], n[(int)TargetStatus.Missed], n[(int)TargetStatus.NotReported]);
    }
}

/// <summary>A report section's targets by status.</summary>
public sealed record SectionStatus(string Code, string? Number, string? Title, StatusCounts Counts);

/// <summary>A lead unit's standing: its targets by status, its reports due and on time, and its place in the ranking
/// (排名: on-time share first, then the share of its targets on track or achieved).</summary>
public sealed record UnitStanding(
    int Rank, string Unit, StatusCounts Counts, int ReportsDue, int ReportsOnTime, int ReportsOverdue, decimal OnTimeShare, decimal GreenShare);

/// <summary>A task's report for a period that is past due and not yet submitted.</summary>
public sealed record OverdueReport(string TaskCode, string Task, string? Unit, int Period, string PeriodName, DateOnly Due, int DaysLate);
