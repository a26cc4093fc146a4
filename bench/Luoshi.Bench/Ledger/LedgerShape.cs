namespace Luoshi.Bench.Ledger;

/// <summary>How big a generated ledger is. Every plan has the same shape so that the work per plan is comparable.</summary>
/// <param name="Plans">Plans, one per county (县01…).</param>
/// <param name="Tasks">Tasks per plan.</param>
/// <param name="TargetsPerTask">Targets per task: a real breakdown has one to a few per task, three on average.</param>
internal sealed record LedgerShape(int Plans, int Tasks, int TargetsPerTask)
{
    /// <summary>The province: 120 counties × 100 tasks × 3 targets = 36,000 targets, 12 monthly periods each.</summary>
    public static LedgerShape Province { get; } = new(120, 100, 3);

    /// <summary>Seed of every random choice, so each run measures the same ledger.</summary>
    public const int Seed = 20221;

    /// <summary>The plan year of the generated ledger.</summary>
    public const int Year = 2022;

    /// <summary>The as-of date the evaluation is measured at: eight monthly reports past due, the September one
    /// begun, and the deadlines of 30 June passed, so that every status occurs.</summary>
    public static DateOnly AsOf { get; } = new(Year, 9, 15);

    /// <summary>Targets per plan.</summary>
    public int TargetsPerPlan => Tasks * TargetsPerTask;

    /// <summary>Targets in the whole ledger.</summary>
    public int Targets => Plans * TargetsPerPlan;

    /// <summary>A single plan big enough that its full year of progress has at least <paramref name="rows"/> rows
    /// (one row per target and month, less the months some units never sent: a few percent, hence the 5% margin).</summary>
    public static LedgerShape OnePlanWithRows(long rows) => new(1, (int)(rows * 1.05 / (12 * 3)) + 1, 3);
}
