using System.Diagnostics;
using System.Globalization;
using Luoshi.Domain.Plans;

namespace Luoshi.Bench.Ledger;

/// <summary>Times Ledger.ImportProgressAsync on a million progress rows (issue 3: under 15 s, memory flat). An
/// import changes the database, so this is a one-shot measurement outside BenchmarkDotNet: each run gets a fresh
/// database holding the units and the plan, and only the progress import is timed. The same plan is used for
/// 100,000 rows (the first lines of the same file), so the two sizes differ only in rows.</summary>
internal static class LedgerImport
{
    private static readonly long[] Sizes = [100_000, 1_000_000];

    /// <summary>Runs <c>--runs N</c> (default 3) imports of each size and prints medians; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var runs = args is ["--runs", var n, ..] ? int.Parse(n, CultureInfo.InvariantCulture) : 3;
        var shape = LedgerShape.OnePlanWithRows(Sizes.Max());
        output.WriteLine($"One plan: {shape.Tasks:N0} tasks, {shape.TargetsPerPlan:N0} targets, 12 months; {runs} runs per size.");
        var files = Sizes.ToDictionary(s => s, s => BenchFiles.Temp($"progress-{s}.csv"));
        var plan = ProvinceLedger.Plan(shape, 0);
        foreach (var (rows, path) in files)
        {
            var written = ProgressCsv.Write(path, ProgressRows.Of(plan, 0), rows);
            output.WriteLine($"  {path}: {written:N0} rows, {new FileInfo(path).Length / 1e6:0.0} MB");
        }

        var results = new List<(long Size, ImportRun Run)>();
        try
        {
            foreach (var size in Sizes)
            {
                for (var r = 0; r < runs; r++)
                {
                    var run = await OnceAsync(plan, files[size]);
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {size,9:N0} rows, run {r + 1}: {run.Seconds:0.00} s, {run.RowsPerSecond:N0} rows/s, peak heap {Mb(run.PeakHeap)}, peak working set {Mb(run.PeakWorkingSet)}"));
                    results.Add((size, run));
                }
            }
        }
        finally
        {
            foreach (var path in files.Values)
            {
                File.Delete(path);
            }
        }

        ImportTable.Print(results, output);
        using var process = Process.GetCurrentProcess();
        output.WriteLine($"Process.PeakWorkingSet64 over the whole run (generation included): {Mb(process.PeakWorkingSet64)}");
        return 0;
    }

    // A fresh database with the units and the plan; then the timed progress import alone.
    private static async Task<ImportRun> OnceAsync(Plan plan, string csv)
    {
        var db = BenchFiles.Temp("import.db");
        BenchFiles.DeleteDatabase(db);
        try
        {
            await using var ledger = await ProvinceDatabase.Open(db);
            var units = BenchFiles.Temp("departments.csv");
            DepartmentsCsv.Write(units);
            await ledger.ImportUnitsAsync(units);
            var planId = (await ledger.ImportPlanAsync(plan, replace: false)).PlanId;
            var (workingSet, heap) = (MemorySampler.WorkingSet(), MemorySampler.LiveHeap());
            using var sampler = new MemorySampler(TimeSpan.FromMilliseconds(20));
            var clock = Stopwatch.StartNew();
            var result = await ledger.ImportProgressAsync(planId, csv, null);
            clock.Stop();
            sampler.Sample();
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Take(5)));
            }

            return new ImportRun(result.Rows, clock.Elapsed.TotalSeconds, workingSet, sampler.PeakWorkingSet, heap, sampler.PeakHeap,
                MemorySampler.LiveHeap());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            BenchFiles.DeleteDatabase(db);
        }
    }

    internal static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0} MB");
}
