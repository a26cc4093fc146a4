using Luoshi.Bench.Ledger;

namespace Luoshi.Bench.Web;

/// <summary>The large ledger of the web speed goal (issue 4): one city, 100 units, three annual plans of 3,000 targets
/// with twelve monthly reports per task. The years are fixed, not counted back from today, so the same seed gives the
/// same file on any day and every year is complete (all twelve reports due).</summary>
internal static class WebLedgerShape
{
    /// <summary>The plan years.</summary>
    public static IReadOnlyList<int> Years { get; } = [2023, 2024, 2025];

    /// <summary>Tasks per plan; at three targets each, 3,000 targets a year.</summary>
    public const int Tasks = 1_000;

    /// <summary>Targets per task.</summary>
    public const int TargetsPerTask = 3;

    /// <summary>The seed when none is given (the number).</summary>
    public const int DefaultSeed = 4;

    /// <summary>The plan of <paramref name="year"/> for <paramref name="seed"/>.</summary>
    public static PlanRecipe Plan(int seed, int year) =>
        new(CityUnits.City, year, unchecked((seed * 10_007) + year), CityUnits.LeadUnits, Tasks, TargetsPerTask);

    /// <summary>The seed of the progress of <paramref name="year"/>'s plan, apart from the plan's own.</summary>
    public static int ProgressSeed(int seed, int year) => unchecked((seed * 7_919) + year);
}
