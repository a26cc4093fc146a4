using Luoshi.Storage;
using Microsoft.Data.Sqlite;

namespace Luoshi.Bench.Ledger;

/// <summary>The province ledger stored in SQLite through the product's own importers (units, plans, progress), so
/// the end-to-end evaluation and the SQL query read exactly what a real office would have.</summary>
internal static class ProvinceDatabase
{
    /// <summary>The database file of <paramref name="shape"/>. It is built once and reused by the benchmark's
    /// processes (BenchmarkDotNet runs each method in its own); bench/ledger-evaluation.sh deletes it first, so a
    /// changed generator never meets an old file.</summary>
    public static async Task<string> EnsureAsync(LedgerShape shape, TextWriter log)
    {
        var path = BenchFiles.Temp($"province-{shape.Plans}x{shape.TargetsPerPlan}.db");
        if (File.Exists(path))
        {
            return path;
        }

        var building = path + ".building";
        BenchFiles.DeleteDatabase(building);
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using (var ledger = await Open(building))
        {
            await GeneratedImport.ImportUnitsAsync(ledger, Departments.Lines(Departments.Names.Count));
            var index = 0;
            foreach (var plan in ProvinceLedger.Plans(shape))
            {
                await GeneratedImport.ImportPlanAsync(ledger, plan, ProvinceLedger.Progress(plan, index++));
            }
        }

        // Pooled connections keep the file open; close them, then only a complete database gets the name the
        // other processes look for.
        SqliteConnection.ClearAllPools();
        File.Move(building, path);
        log.WriteLine($"// built {path} ({shape.Targets:N0} targets) in {started.Elapsed.TotalSeconds:0.0} s");
        return path;
    }

    /// <summary>Opens the ledger in the SQLite file at <paramref name="path"/>; <paramref name="clock"/> stamps the
    /// audit trail and submissions (default: the system clock).</summary>
    public static async Task<Storage.Ledger> Open(string path, TimeProvider? clock = null) =>
        await Storage.Ledger.OpenAsync(StoreOptions.SqliteFile(path), "bench", clock);
}
