using System.Diagnostics;
using System.Globalization;
using Luoshi.Bench.Ledger;
using Microsoft.Data.Sqlite;

namespace Luoshi.Bench.Web;

/// <summary><c>web-ledger --db PATH [--seed N]</c>: builds the large ledger of the web speed goal (issue 4) in a
/// SQLite file, replacing it, through the product's own importers (units file, plan import, progress CSV), and prints
/// what the file holds. No accounts or API tokens: whoever measures the web app adds those with the CLI.</summary>
internal static class WebLedgerBuild
{
    private const string Usage = "usage: web-ledger --db PATH [--seed N]";

    /// <summary>Builds the ledger named by <paramref name="args"/>; returns the exit code (2 for bad arguments).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (!TryParse(args, out var path, out var seed))
        {
            error.WriteLine(Usage);
            return 2;
        }

        var clock = Stopwatch.StartNew();
        await BuildAsync(path, seed, output);
        clock.Stop();
        Print(path, seed, clock.Elapsed, LedgerCounts.Of(path), output);
        return 0;
    }

    // Built under a temporary name and renamed at the end, so a failed or interrupted run leaves no half ledger at PATH.
    private static async Task BuildAsync(string path, int seed, TextWriter output)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path) is { Length: > 0 } folder ? folder : ".");
        var building = path + ".building";
        BenchFiles.DeleteDatabase(building);
        await using (var ledger = await ProvinceDatabase.Open(building, new ImportClock()))
        {
            await GeneratedImport.ImportUnitsAsync(ledger, CityUnits.Lines());
            foreach (var year in WebLedgerShape.Years)
            {
                var plan = GeneratedPlan.Make(WebLedgerShape.Plan(seed, year));
                var rows = ProgressRows.Of(plan, WebLedgerShape.ProgressSeed(seed, year));
                var (_, values) = await GeneratedImport.ImportPlanAsync(ledger, plan, rows);
                output.WriteLine($"  {plan.Region} {year}: {plan.Tasks.Count:N0} tasks, {values:N0} progress values");
            }
        }

        SqliteConnection.ClearAllPools();
        BenchFiles.DeleteDatabase(path);
        File.Move(building, path);
    }

    private static void Print(string path, int seed, TimeSpan took, LedgerCounts counts, TextWriter output)
    {
        static string List(IEnumerable<(string Key, long Count)> rows) =>
            string.Join(", ", rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} {r.Count:N0}")));

        var due = counts.TasksByYear.Sum(r => r.Count) * 12;
        var reports = counts.ReportsByState.Sum(r => r.Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Built {path} (seed {seed}) in {took.TotalSeconds:0.0} s: {new FileInfo(path).Length / 1e6:0.0} MB"));
        output.WriteLine($"  units:    {counts.UnitsByKind.Sum(r => r.Count):N0} ({List(counts.UnitsByKind)})");
        output.WriteLine($"  tasks:    {List(counts.TasksByYear)}");
        output.WriteLine($"  targets:  {List(counts.TargetsByYear)} ({List(counts.TargetsByMeasure)})");
        output.WriteLine($"  reports:  {reports:N0} of {due:N0} due ({List(counts.ReportsByState)}, missing (late) {due - reports:N0})");
        output.WriteLine($"  values:   {counts.Values:N0}");
    }

    private static bool TryParse(string[] args, out string path, out int seed)
    {
        (path, seed) = ("", WebLedgerShape.DefaultSeed);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                return false;
            }

            switch (args[i])
            {
                case "--db":
                    path = Path.GetFullPath(args[i + 1]);
                    break;
                case "--seed" when int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n):
                    seed = n;
                    break;
                default:
                    return false;
            }
        }

        return path.Length > 0;
    }
}
