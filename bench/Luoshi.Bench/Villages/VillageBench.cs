using System.Diagnostics;
using System.Globalization;
using Luoshi.Bench.Ledger;
using Luoshi.Domain.Plans;
using Luoshi.Storage;
using Luoshi.Storage.Villages;
using Microsoft.Data.Sqlite;

namespace Luoshi.Bench.Villages;

/// <summary>Issue 7's village half: a province-sized register imported through the product's importers into a fresh
/// SQLite file per run (every file timed), then the full re-aggregation timed twice — the summary of every town and
/// the region (<c>Villages.SummaryAsync</c>) and the evaluation of a plan whose five targets are bound to the village
/// indicators (<c>EvaluateAsync</c>, twelve months each). A stopwatch, not BenchmarkDotNet: imports change the database.</summary>
internal static class VillageBench
{
    private static readonly string[] Steps = ["units", "villages", "standard", "assessments", "sewage", "income"];

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var runs = Option(args, "--runs", 3);
        var province = new VillageProvince(Option(args, "--villages", 20_000), Option(args, "--towns", 1_000), Option(args, "--seed", 7));
        var directory = BenchFiles.Temp("villages");
        var files = province.Write(directory);
        output.WriteLine($"Generated {province.Villages:N0} villages in {province.Towns:N0} towns (seed {Option(args, "--seed", 7)}):");
        foreach (var step in Steps)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step,-12} {files[step].Rows,9:N0} rows  {new FileInfo(files[step].Path).Length / 1e6,6:0.0} MB"));
        }

        var results = new List<Dictionary<string, double>>();
        for (var r = 1; r <= runs; r++)
        {
            var run = await OnceAsync(files, directory);
            results.Add(run);
            output.WriteLine($"  run {r}: " + string.Join(", ", run.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value:0.000} s"))));
        }

        output.WriteLine();
        output.WriteLine("| step | median | runs |");
        output.WriteLine("|---|---:|---|");
        foreach (var key in results[0].Keys)
        {
            var values = results.Select(x => x[key]).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {key} | {Median(values):0.000} s | {string.Join(" · ", values.Select(v => v.ToString("0.000", CultureInfo.InvariantCulture)))} |"));
        }

        Directory.Delete(directory, recursive: true);
        return 0;
    }

    private static async Task<Dictionary<string, double>> OnceAsync(Dictionary<string, (string Path, int Rows)> files, string directory)
    {
        var database = Path.Combine(directory, "villages.db");
        BenchFiles.DeleteDatabase(database);
        var times = new Dictionary<string, double>();
        await using (var ledger = await Luoshi.Storage.Ledger.OpenAsync(StoreOptions.SqliteFile(database), "bench"))
        {
            var clock = Stopwatch.StartNew();
            var cpu = Cpu();
            foreach (var step in Steps)
            {
                var started = clock.Elapsed;
                var result = await ImportAsync(ledger, step, files[step].Path);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"{step}: " + string.Join("\n", result.Errors));
                }

                times[step] = (clock.Elapsed - started).TotalSeconds;
            }

            times["import total"] = clock.Elapsed.TotalSeconds;
            // The machine is shared: the process's CPU time says how much of the wall time was this import's own work.
            times["import total, CPU time"] = (Cpu() - cpu).TotalSeconds;
            Check(await ledger.Villages.SetIncomeThresholdAsync(2022, 10m));
            var planId = (await ledger.ImportPlanAsync(VillagePlan.Create(), replace: false)).PlanId;
            foreach (var (target, binding) in VillagePlan.Bindings)
            {
                Check(await ledger.BindTargetAsync(planId, target, IndicatorBinding.TryParse(binding)));
            }

            var asOf = new DateOnly(2022, 10, 10);
            (times["summary by town"], times["summary by town, CPU time"]) = await MedianOfThreeAsync(() => ledger.Villages.SummaryAsync(2022, asOf));
            (times["evaluate 5 bound targets"], times["evaluate 5 bound targets, CPU time"]) = await MedianOfThreeAsync(() => ledger.ReadPlanAsync(planId, asOf));
        }

        SqliteConnection.ClearAllPools();
        return times;
    }

    private static Task<CsvImportResult> ImportAsync(Luoshi.Storage.Ledger ledger, string step, string path)
    {
        if (step == "units")
        {
            return ledger.ImportUnitsAsync(path);
        }

        var file = VillageFile.FromPath(path).File!;
        return step switch
        {
            "villages" => ledger.Villages.ImportAsync(file),
            "standard" => ledger.Villages.ImportStandardAsync(file, "美丽宜居村2022"),
            "assessments" => ledger.Villages.ImportAssessmentsAsync(file, "美丽宜居村2022"),
            "sewage" => ledger.Villages.ImportSewageAsync(file),
            _ => ledger.Villages.ImportIncomeAsync(file),
        };
    }

    // One warm-up (the first read of a fresh file pays EF's query compilation), then the median of three.
    private static async Task<(double Wall, double Cpu)> MedianOfThreeAsync<T>(Func<Task<T>> work)
    {
        await work();
        var (wall, cpu) = (new List<double>(), new List<double>());
        for (var i = 0; i < 3; i++)
        {
            var (clock, before) = (Stopwatch.StartNew(), Cpu());
            await work();
            wall.Add(clock.Elapsed.TotalSeconds);
            cpu.Add((Cpu() - before).TotalSeconds);
        }

        return (Median(wall), Median(cpu));
    }

    private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

    private static void Check(StoreResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.Error!.ToString());
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
