using System.Diagnostics;
using System.Globalization;
using Luoshi.Bench.Ledger;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Luoshi.Storage.Households.Reading;
using Microsoft.Data.Sqlite;

namespace Luoshi.Bench.Households;

/// <summary>Issue 7's scale: 20,000 villages and 2,000,000 households imported into a fresh SQLite file with
/// Ledger.ImportHouseholdsAsync (goal under 60 s), then the full re-aggregation — the warnings of every village rolled
/// up to towns and the region, and the bottom-line target bound to the region evaluated (goal under 2 s). Each import
/// runs in a fresh database; the aggregation runs on the last one. Medians of the runs.</summary>
internal static class HouseholdBench
{
    private static readonly DateOnly AsOf = new(2022, 6, 15);

    // The register is imported on the evaluation day, so its incomes count from then on.
    private static readonly TimeProvider Clock = new Fixed(new DateTimeOffset(2022, 6, 15, 2, 0, 0, TimeSpan.Zero));

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var runs = Option(args, "--runs") ?? 3;
        RegisterGenerator.PerVillage = (Option(args, "--households") ?? 2_000_000) / (RegisterGenerator.Towns * RegisterGenerator.VillagesPerTown);
        var (units, households) = (BenchFiles.Temp("units-20000.csv"), BenchFiles.Temp("households.csv"));
        var clock = Stopwatch.StartNew();
        RegisterGenerator.WriteUnits(units);
        var rows = RegisterGenerator.WriteHouseholds(households);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generated {RegisterGenerator.Towns * RegisterGenerator.VillagesPerTown:N0} villages and {rows:N0} households ({new FileInfo(households).Length / 1e6:0} MB) in {clock.Elapsed.TotalSeconds:0.0} s"));
        var imports = new List<(double Seconds, double Cpu, long PeakWorkingSet, long PeakHeap)>();
        var aggregations = new List<(double Warnings, double BottomLine, double Cpu)>();
        var database = BenchFiles.Temp("households.db");
        try
        {
            for (var r = 1; r <= runs; r++)
            {
                BenchFiles.DeleteDatabase(database);
                var import = await ImportAsync(database, units, households, output);
                imports.Add(import);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  import run {r}: {import.Seconds:0.00} s ({import.Cpu:0.00} s of CPU), {rows / import.Seconds:N0} households/s, peak working set {LedgerImport.Mb(import.PeakWorkingSet)}, peak heap {LedgerImport.Mb(import.PeakHeap)}"));
            }

            await using var ledger = await Luoshi.Storage.Ledger.OpenAsync(StoreOptions.SqliteFile(database), "bench", Clock);
            var planId = await BottomLinePlanAsync(ledger);
            for (var r = 1; r <= runs; r++)
            {
                var aggregation = await AggregateAsync(ledger, planId, output, r == 1);
                aggregations.Add(aggregation);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  aggregation run {r}: warnings by village, town and region {aggregation.Warnings:0.000} s, bottom line of the region {aggregation.BottomLine:0.000} s ({aggregation.Cpu:0.000} s of CPU)"));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            BenchFiles.DeleteDatabase(database);
            File.Delete(units);
            File.Delete(households);
        }

        output.WriteLine();
        output.WriteLine("| measurement | median | CPU of this process | goal |");
        output.WriteLine("|---|---:|---:|---:|");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| import of {rows:N0} households (SQLite file) | {Median(imports.Select(i => i.Seconds)):0.0} s | {Median(imports.Select(i => i.Cpu)):0.0} s | < 60 s |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| peak working set during the import | {LedgerImport.Mb((long)Median(imports.Select(i => (double)i.PeakWorkingSet)))} | | |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| warnings of 20,000 villages by town and region | {Median(aggregations.Select(a => a.Warnings)):0.000} s | | |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| bottom line of the region (evaluation of the bound target) | {Median(aggregations.Select(a => a.BottomLine)):0.000} s | | |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| full re-aggregation (both) | {Median(aggregations.Select(a => a.Warnings + a.BottomLine)):0.000} s | {Median(aggregations.Select(a => a.Cpu)):0.000} s | < 2 s |"));
        return 0;
    }

    private static double Cpu() => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static async Task<(double Seconds, double Cpu, long PeakWorkingSet, long PeakHeap)> ImportAsync(string database, string units, string households, TextWriter output)
    {
        await using var ledger = await Luoshi.Storage.Ledger.OpenAsync(StoreOptions.SqliteFile(database), "bench", Clock);
        Check((await ledger.ImportUnitsAsync(units)).Errors);
        Check((await ledger.SetIncomeLineAsync(RegisterGenerator.Year, RegisterGenerator.Line)).Error is { } e ? [e] : []);
        GC.Collect();
        using var sampler = new MemorySampler(TimeSpan.FromMilliseconds(50));
        var cpu = Cpu();
        var clock = Stopwatch.StartNew();
        var result = await ledger.ImportHouseholdsAsync(households);
        clock.Stop();
        cpu = Cpu() - cpu;
        sampler.Sample();
        Check(result.Errors);
        output.WriteLine($"    {result.Created:N0} new, {result.Updated:N0} updated, {result.Flagged:N0} flagged on import");
        return (clock.Elapsed.TotalSeconds, cpu, sampler.PeakWorkingSet, sampler.PeakHeap);
    }

    private static async Task<(double Warnings, double BottomLine, double Cpu)> AggregateAsync(Luoshi.Storage.Ledger ledger, int planId, TextWriter output, bool print)
    {
        var cpu = Cpu();
        var clock = Stopwatch.StartNew();
        var warnings = await ledger.HouseholdWarningsAsync(HouseholdViewer.Office, AsOf);
        var first = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var row = (await ledger.ReadPlanAsync(planId, AsOf))!.Targets.Single();
        var second = clock.Elapsed.TotalSeconds;
        if (print)
        {
            var t = warnings.Totals;
            output.WriteLine($"    as of {AsOf:yyyy-MM-dd}: {warnings.Towns.Count} towns with warnings; late flags {t.LateFlags:N0}, unassisted {t.Unassisted:N0}, uncovered {t.Uncovered:N0}");
            output.WriteLine($"    bottom line: {row.Now.Status}, {row.Now.Actual:N0} event(s); note of {row.Note!.Value.En.Length:N0} characters");
        }

        return (first, second, Cpu() - cpu);
    }

    // One plan with the bottom line 不发生规模性返贫 bound to the whole region.
    private static async Task<int> BottomLinePlanAsync(Luoshi.Storage.Ledger ledger)
    {
        const string Text = "坚决守住不发生规模性返贫底线。";
        var target = new Target
        {
            Code = "T1.1", Text = Text, Subject = "规模性返贫", Kind = TargetKind.BottomLine, Comparator = Comparator.Equal, Value = 0m,
            Unit = "户", Measure = Measure.BottomLine, Deadline = new DateOnly(2022, 12, 31), Span = new SourceSpan(0, Text.Length),
        };
        var plan = new Plan
        {
            Region = "测试省", Year = 2022, SourceName = "bench.txt", SourceText = Text, SourceHash = "bench",
            Sections = [new Section { Code = "S1", Number = "一", Title = "底线", Level = 1, Span = new SourceSpan(0, 1) }],
        };
        plan.Tasks.Add(new PlanTask
        {
            Code = "T1", SectionCode = "S1", Text = Text, Span = new SourceSpan(0, Text.Length), LeadUnit = "农业农村局",
            Deadline = new DateOnly(2022, 12, 31), Targets = [target],
        });
        var planId = (await ledger.ImportPlanAsync(plan, replace: false)).PlanId;
        Check((await ledger.BindTargetAsync(planId, "T1.1", new IndicatorBinding("households.unassisted-fallback", "P"))).Error is { } e ? [e] : []);
        return planId;
    }

    private static int? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : null;
    }

    private static void Check(IReadOnlyList<Problem> errors)
    {
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", errors.Take(5)));
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private sealed class Fixed(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
