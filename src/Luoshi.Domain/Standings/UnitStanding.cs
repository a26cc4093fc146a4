namespace Luoshi.Domain.Standings;

/// <summary>A lead unit's standing: its targets by status, its reports due and on time, and its place in the ranking
/// (排名: on-time share first, then the share of its targets on track or achieved).</summary>
public sealed record UnitStanding(
    int Rank, string Unit, StatusCounts Counts, int ReportsDue, int ReportsOnTime, int ReportsOverdue, decimal OnTimeShare, decimal GreenShare);
