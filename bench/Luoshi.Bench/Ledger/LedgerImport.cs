using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Luoshi.Bench.Ledger;

/// <summary>Times Ledger.ImportProgressAsync on a million progress rows (issue 3: under 15 s, memory flat). An import
/// changes the database, so this is a one-shot measurement outside BenchmarkDotNet: every run imports into a fresh
/// copy of a database holding the units and the plan, in a process of its own (so its peak working set is the
/// import's alone), and only the progress import is timed. 100,000 rows are the first lines of the same file into the
/// same plan, so the two sizes differ only in rows.</summary>
internal static class LedgerImport
{
    private static readonly long[] Sizes = [100_000, 1_000_000];

    /// <summary><c>--runs N</c> (default 3) runs of each size, then medians; <c>--one DB CSV</c> is one measured run
    /// (what the harness starts in a child process). Returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        if (args is ["--one", var database, var csv])
        {
            output.WriteLine((await OnceAsync(database, csv)).ToLine());
            return 0;
        }

        if (args is ["--prepare"])
        {
            // The files of a measurement, kept for a profiler: run `ledger-import --one COPY-OF-TEMPLATE CSV` under it.
            var (kept, csvs) = await PrepareAsync(output);
            output.WriteLine($"template {kept}; files {string.Join(", ", csvs.Values)}");
            return 0;
        }

        var runs = args is ["--runs", var n, ..] ? int.Parse(n, CultureInfo.InvariantCulture) : 3;
        var (template, files) = await PrepareAsync(output);
        var results = new List<(long Size, ImportRun Run)>();
        try
        {
            foreach (var size in Sizes)
            {
                for (var r = 1; r <= runs; r++)
                {
                    var run = RunChild(template, files[size]);
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {size,9:N0} rows, run {r}: {run.Seconds:0.00} s, {run.RowsPerSecond:N0} rows/s, peak heap {Mb(run.PeakHeap)}, peak working set {Mb(run.ProcessPeakWorkingSet)}"));
                    results.Add((size, run));
                }
            }
        }
        finally
        {
            File.Delete(template);
            foreach (var path in files.Values)
            {
                File.Delete(path);
            }
        }

        ImportTable.Print(results, output);
        return 0;
    }

    // The progress files and a database with the departments and the plan, made once for all runs.
    private static async Task<(string Template, Dictionary<long, string> Files)> PrepareAsync(TextWriter output)
    {
        var plan = ProvinceLedger.Plan(LedgerShape.OnePlanWithRows(Sizes.Max()), 0);
        output.WriteLine($"One plan: {plan.Tasks.Count:N0} tasks, {plan.Tasks.Sum(t => t.Targets.Count):N0} targets, 12 months.");
        var files = new Dictionary<long, string>();
        foreach (var size in Sizes)
        {
            var path = BenchFiles.Temp($"progress-{size}.csv");
            var written = ProgressCsv.Write(path, ProvinceLedger.Progress(plan, 0), size);
            if (written != size)
            {
                throw new InvalidOperationException($"the plan has only {written:N0} rows of progress; make it larger");
            }

            output.WriteLine($"  {path}: {written:N0} rows, {new FileInfo(path).Length / 1e6:0.0} MB");
            files[size] = path;
        }

        var template = BenchFiles.Temp("import-template.db");
        BenchFiles.DeleteDatabase(template);
        var clock = Stopwatch.StartNew();
        await using (var ledger = await ProvinceDatabase.Open(template))
        {
            await GeneratedImport.ImportUnitsAsync(ledger, Departments.Lines(Departments.Names.Count));
            var stored = await ledger.ImportPlanAsync(plan, replace: false);
            output.WriteLine($"  {stored.Message} in {clock.Elapsed.TotalSeconds:0.0} s (not part of the measurement)");
        }

        SqliteConnection.ClearAllPools();
        return (template, files);
    }

    // Copies the template and measures one import of it in a new process of this program.
    private static ImportRun RunChild(string template, string csv)
    {
        var database = BenchFiles.Temp("import.db");
        BenchFiles.DeleteDatabase(database);
        File.Copy(template, database);
        try
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            {
                start.ArgumentList.Add(typeof(LedgerImport).Assembly.Location);
            }

            foreach (var arg in new[] { "ledger-import", "--one", database, csv })
            {
                start.ArgumentList.Add(arg);
            }

            using var child = Process.Start(start)!;
            var lines = child.StandardOutput.ReadToEnd().Split('\n');
            child.WaitForExit();
            return lines.Select(ImportRun.Parse).LastOrDefault(r => r is not null)
                ?? throw new InvalidOperationException($"the import run failed (exit code {child.ExitCode})");
        }
        finally
        {
            BenchFiles.DeleteDatabase(database);
        }
    }

    private static async Task<ImportRun> OnceAsync(string database, string csv)
    {
        await using var ledger = await ProvinceDatabase.Open(database);
        var (workingSet, heap) = (MemorySampler.WorkingSet(), MemorySampler.LiveHeap());
        using var sampler = new MemorySampler(TimeSpan.FromMilliseconds(20));
        using var before = Process.GetCurrentProcess();
        var cpu = before.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await ledger.ImportProgressAsync(1, csv, null); // the template's only plan
        clock.Stop();
        sampler.Sample();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Take(5)));
        }

        using var process = Process.GetCurrentProcess();
        return new ImportRun(result.Rows, clock.Elapsed.TotalSeconds, workingSet, sampler.PeakWorkingSet, heap, sampler.PeakHeap,
            MemorySampler.LiveHeap(), process.PeakWorkingSet64, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    internal static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0} MB");
}
