namespace Luoshi.Domain.Plans;

/// <summary>The value expected by the end of one reporting period (形象进度).</summary>
/// <param name="Period">1-based period number within the plan year (month 1–12 or quarter 1–4).</param>
public sealed record TrajectoryPoint(int Period, decimal Expected);
