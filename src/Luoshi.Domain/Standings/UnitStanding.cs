namespace Luoshi.Domain.Standings;

/// <summary>A lead unit's standing: its targets by status, its reports due and on time, its supervision record (签收
/// on time, tasks closed on time, extensions granted) and its place in the ranking (排名, <see cref="PlanStandings.Units"/>).</summary>
/// <param name="SignsDue">Its tasks assigned whose sign limit has come (or that it signed).</param>
/// <param name="SignsOnTime">Of those, signed by their limit.</param>
/// <param name="SignShare">SignsOnTime ÷ SignsDue (1 when none is due).</param>
/// <param name="ClosedOnTime">Its tasks closed (销号) by the deadline in force.</param>
/// <param name="Extensions">Extensions granted to it.</param>
public sealed record UnitStanding(
    int Rank, string Unit, StatusCounts Counts, int ReportsDue, int ReportsOnTime, int ReportsOverdue, decimal OnTimeShare, decimal GreenShare,
    int SignsDue = 0, int SignsOnTime = 0, decimal SignShare = 1m, int ClosedOnTime = 0, int Extensions = 0)
{
    /// <summary>True when two standings rank equal (every figure the ranking compares is the same).</summary>
    public bool RanksWith(UnitStanding other) => other is not null && OnTimeShare == other.OnTimeShare && SignShare == other.SignShare
        && GreenShare == other.GreenShare && ClosedOnTime == other.ClosedOnTime && Extensions == other.Extensions;
}
