using System.Diagnostics;
using System.Globalization;
using Luoshi.Storage;
using Microsoft.Data.Sqlite;

namespace Luoshi.Bench.Ledger;

/// <summary>Times Ledger.ImportProgressAsync on 100,000 and a million progress rows (issue 13: a million into SQLite in
/// at most 6 s; the same into PostgreSQL, by binary COPY, measured) and, in the same run, each database's own CSV loader
/// on the same file (<see cref="ImportPeer"/>). An import changes the database, so this is a one-shot measurement
/// outside BenchmarkDotNet: every run imports into a fresh copy of a database holding the units and the plan, in a
/// process of its own (so its peak working set and CPU time are the import's alone), and only the import is timed.
/// 100,000 rows are the first lines of the same file into the same plan, so the two sizes differ only in rows.</summary>
internal static class LedgerImport
{
    private static readonly long[] Sizes = [100_000, 1_000_000];

    /// <summary><c>--runs N</c> (default 3) runs of each size and database, then medians; <c>--postgres CONNECTION</c>
    /// adds PostgreSQL, <c>--postgres-only</c> leaves SQLite out; <c>--sizes 1000000</c> measures only the sizes listed
    /// (commas between); <c>--one DB CSV</c> and <c>--one-pg CONNECTION CSV</c> are one measured run (what the harness
    /// starts in a child process); <c>--prepare</c> writes the files and keeps them (for a profiler).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        switch (args)
        {
            case ["--one", var database, var csv]:
                output.WriteLine((await OnceAsync(StoreOptions.SqliteFile(database), csv)).ToLine());
                return 0;
            case ["--one-pg", var connection, var csv]:
                output.WriteLine((await OnceAsync(new StoreOptions(StoreProvider.Postgres, connection), csv)).ToLine());
                return 0;
            case ["--prepare"]:
                var (kept, csvs, _) = await PrepareAsync(output, Sizes, true);
                output.WriteLine($"template {kept}; files {string.Join(", ", csvs.Values)}");
                return 0;
        }

        var runs = Option(args, "--runs") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 3;
        var postgres = Option(args, "--postgres") is { } server ? new PostgresImportDatabases(server) : null;
        var sqlite = !args.Contains("--postgres-only");
        long[] sizes = Option(args, "--sizes") is { } listed ? [.. listed.Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture))] : Sizes;
        var (template, files, plan) = await PrepareAsync(output, sizes, sqlite);
        try
        {
            if (postgres is not null)
            {
                await PreparePostgresAsync(postgres, plan, output);
            }

            ImportTable.Print(await MeasureAsync(sqlite ? template : null, files, postgres, runs, output), output);
        }
        finally
        {
            BenchFiles.DeleteDatabase(template);
            foreach (var path in files.Values)
            {
                File.Delete(path);
            }

            if (postgres is not null)
            {
                await postgres.DropAsync();
            }
        }

        return 0;
    }

    private static async Task<List<ImportMeasure>> MeasureAsync(
        string? template, Dictionary<long, string> files, PostgresImportDatabases? postgres, int runs, TextWriter output)
    {
        var results = new List<ImportMeasure>();
        foreach (var size in files.Keys.Order())
        {
            for (var r = 1; r <= runs; r++)
            {
                if (template is not null)
                {
                    var sqlite = SqliteRun(template, files[size]);
                    results.Add(Report(output, new ImportMeasure("SQLite", size, sqlite.Run, sqlite.Peer), r));
                }

                if (postgres is not null)
                {
                    await postgres.CopyAsync();
                    var run = ImportChild.Run(["--one-pg", postgres.RunConnection, files[size]]);
                    await postgres.CopyAsync();
                    var peer = ImportPeer.Postgres(postgres.RunConnection, files[size]);
                    results.Add(Report(output, new ImportMeasure("PostgreSQL", size, run, peer), r));
                }
            }
        }

        return results;
    }

    // The product's import and then the peer, each into a fresh copy of the template.
    private static (ImportRun Run, PeerRun Peer) SqliteRun(string template, string csv)
    {
        var database = BenchFiles.Temp("import.db");
        try
        {
            BenchFiles.DeleteDatabase(database);
            File.Copy(template, database);
            var run = ImportChild.Run(["--one", database, csv]);
            BenchFiles.DeleteDatabase(database);
            File.Copy(template, database);
            return (run, ImportPeer.Sqlite(database, csv));
        }
        finally
        {
            BenchFiles.DeleteDatabase(database);
        }
    }

    private static ImportMeasure Report(TextWriter output, ImportMeasure m, int run)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {m.Engine,-10} {m.Size,9:N0} rows, run {run}: {m.Run.Seconds:0.00} s (CPU {m.Run.CpuSeconds:0.00} s), "
            + $"peer {m.Peer.Seconds:0.00} s (CPU {m.Peer.CpuSeconds:0.00} s), peak working set {Mb(m.Run.ProcessPeakWorkingSet)}"));
        return m;
    }

    // The progress files and a database with the departments and the plan, made once for all runs.
    // The plan is made for the largest size measured: 100,000 rows alone (--sizes 100000) take a plan a tenth as large.
    private static async Task<(string Template, Dictionary<long, string> Files, Domain.Plans.Plan Plan)> PrepareAsync(
        TextWriter output, long[] sizes, bool sqlite)
    {
        var plan = ProvinceLedger.Plan(LedgerShape.OnePlanWithRows(sizes.Max()), 0);
        output.WriteLine($"One plan: {plan.Tasks.Count:N0} tasks, {plan.Tasks.Sum(t => t.Targets.Count):N0} targets, 12 months.");
        var files = new Dictionary<long, string>();
        foreach (var size in sizes)
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
        if (sqlite)
        {
            await FillAsync(StoreOptions.SqliteFile(template), plan, output);
            SqliteConnection.ClearAllPools();
        }

        return (template, files, plan);
    }

    private static async Task PreparePostgresAsync(PostgresImportDatabases postgres, Domain.Plans.Plan plan, TextWriter output)
    {
        await postgres.CreateTemplateAsync();
        await FillAsync(new StoreOptions(StoreProvider.Postgres, postgres.TemplateConnection), plan, output);
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    private static async Task FillAsync(StoreOptions options, Domain.Plans.Plan plan, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        await using var ledger = await Storage.Ledger.OpenAsync(options, "bench");
        await GeneratedImport.ImportUnitsAsync(ledger, Departments.Lines(Departments.Names.Count));
        var stored = await ledger.ImportPlanAsync(plan, replace: false);
        output.WriteLine($"  {options.Provider}: {stored.Message} in {clock.Elapsed.TotalSeconds:0.0} s (not part of the measurement)");
    }

    private static async Task<ImportRun> OnceAsync(StoreOptions options, string csv)
    {
        await using var ledger = await Storage.Ledger.OpenAsync(options, "bench");
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

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    internal static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0} MB");
}

/// <summary>One measured import and its peer on the same file.</summary>
internal sealed record ImportMeasure(string Engine, long Size, ImportRun Run, PeerRun Peer);
