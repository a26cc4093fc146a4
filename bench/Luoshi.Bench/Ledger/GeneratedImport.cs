using Luoshi.Domain.Plans;
using Luoshi.Storage;

namespace Luoshi.Bench.Ledger;

/// <summary>Stores generated units, plans and progress through the product's own importers — the units file, the plan
/// import and the progress CSV — so a generated database holds exactly what a real office's would. Any import error
/// stops the run: a generator that writes what the product rejects is a bug.</summary>
internal static class GeneratedImport
{
    /// <summary>Writes <paramref name="units"/> to a temporary units file and imports it.</summary>
    public static async Task ImportUnitsAsync(Storage.Ledger ledger, IEnumerable<UnitLine> units)
    {
        var path = BenchFiles.Temp($"units-{Environment.ProcessId}.csv");
        UnitsFile.Write(path, units);
        try
        {
            Check(await ledger.ImportUnitsAsync(path), "units");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Imports <paramref name="plan"/> as a new plan, then its <paramref name="progress"/> through a temporary
    /// CSV file; returns the plan's id and the progress values stored.</summary>
    public static async Task<(int PlanId, long Values)> ImportPlanAsync(
        Storage.Ledger ledger, Plan plan, IEnumerable<ProgressRow> progress)
    {
        var imported = await ledger.ImportPlanAsync(plan, replace: false);
        if (imported.Outcome != PlanImportOutcome.Created)
        {
            throw new InvalidOperationException($"plan {plan.Region} {plan.Year}: {imported.Message}");
        }

        var path = BenchFiles.Temp($"progress-{plan.Region}-{plan.Year}.csv");
        ProgressCsv.Write(path, progress);
        try
        {
            var result = await ledger.ImportProgressAsync(imported.PlanId, path, null);
            Check(result, $"progress of {plan.Region} {plan.Year}");
            return (imported.PlanId, result.Rows);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void Check(CsvImportResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{what}: {string.Join("; ", result.Errors.Take(5))}");
        }
    }
}
