using Luoshi.Domain.Evaluation;

namespace Luoshi.Domain.Closing;

/// <summary>The office's tolerances for 基本完成, one per way a target is measured (docs/evaluation.md, “Year-end
/// closing”). A numeric shortfall is relative to the goal, in percent; a milestone's is days after its deadline.</summary>
/// <param name="Cumulative">An amount (新增就业 2000人): 基本完成 when at most this share of the goal is missing.</param>
/// <param name="Ratio">A share or coverage (60%以上行政村): the same, relative to the goal.</param>
/// <param name="Level">A level (失业率 ≤ 4%, 优良率 ≥ 90%): 基本完成 when off the goal by at most this share.</param>
/// <param name="Direction">A direction (只增不减): off last year's value by at most this share.</param>
/// <param name="MilestoneDays">A milestone done at most this many days after its deadline.</param>
public sealed record ClosingTolerances(decimal Cumulative, decimal Ratio, decimal Level, decimal Direction, int MilestoneDays)
{
    /// <summary>What a new closing starts with: 10% for amounts and shares, 5% for levels, none for directions, 30 days
    /// for milestones. A bottom line has no tolerance: one event and it is 未完成.</summary>
    public static ClosingTolerances Default { get; } = new(10m, 10m, 5m, 0m, 30);

    /// <summary>The relative tolerance, in percent, for a numeric measure (0 for a bottom line or a milestone).</summary>
    public decimal PercentFor(Measure measure) => measure switch
    {
        Measure.Cumulative => Cumulative,
        Measure.Ratio => Ratio,
        Measure.Level => Level,
        Measure.Direction => Direction,
        _ => 0m,
    };

    /// <summary>True when every tolerance is within 0–100% and 0–366 days.</summary>
    public bool IsValid =>
        new[] { Cumulative, Ratio, Level, Direction }.All(t => t is >= 0m and <= 100m) && MilestoneDays is >= 0 and <= 366;
}
