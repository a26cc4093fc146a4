using Luoshi.Domain.Standings;

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
