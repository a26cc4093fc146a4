using Luoshi.Domain.Plans;

namespace Luoshi.Bench.Ledger;

/// <summary>The plans of a province's counties (县01, 县02…), one per county, all for the same year and cadence, led
/// by the hundred <see cref="Departments"/>.</summary>
/// <remarks>Each plan draws from its own seeded generator, so plan <c>i</c> is the same whether one plan or all are
/// made, and the progress of a plan can be regenerated without the others.</remarks>
internal static class ProvinceLedger
{
    /// <summary>The plans of <paramref name="shape"/>, in county order.</summary>
    public static IEnumerable<Plan> Plans(LedgerShape shape)
    {
        for (var i = 0; i < shape.Plans; i++)
        {
            yield return Plan(shape, i);
        }
    }

    /// <summary>The county name of plan <paramref name="index"/> (0-based): 县01…县120.</summary>
    public static string Region(int index) => $"县{index + 1:00}";

    /// <summary>Plan <paramref name="index"/> of <paramref name="shape"/>.</summary>
    public static Plan Plan(LedgerShape shape, int index) => GeneratedPlan.Make(
        new(Region(index), LedgerShape.Year, LedgerShape.Seed + index, Departments.Names, shape.Tasks, shape.TargetsPerTask));

    /// <summary>The progress rows of plan <paramref name="index"/>, made by <see cref="Plan"/>.</summary>
    public static IEnumerable<ProgressRow> Progress(Plan plan, int index) =>
        ProgressRows.Of(plan, unchecked((LedgerShape.Seed * 7919) + index));
}
