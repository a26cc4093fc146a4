using System.Diagnostics;
using System.Globalization;
using Luoshi.Documents.Ledger;
using Luoshi.Storage;

namespace Luoshi.Bench.Office;

/// <summary><c>office-files --db PATH [--runs N]</c>: the office-file speed goals of issue 6, each run N times and
/// reported as a median: the 台账 workbook of the largest plan in the web benchmark's ledger (3,000 targets × 12
/// months), the plain ledger read alone for comparison, and the import of a 5,000-row filled-in template into a fresh
/// copy of a one-unit plan.</summary>
internal static class OfficeFiles
{
    private const string Usage = "usage: office-files --db WEB-LEDGER.db [--runs N]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var db = Value(args, "--db");
        var runs = int.Parse(Value(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        if (db is null || !File.Exists(db))
        {
            error.WriteLine(Usage);
            return 2;
        }

        await using (var ledger = await Storage.Ledger.OpenAsync(StoreOptions.SqliteFile(db), "bench"))
        {
            var plan = (await ledger.ListPlansAsync()).OrderByDescending(p => p.Year).First();
            var asOf = new DateOnly(plan.Year, 12, 31);
            var targets = (await ledger.FindPlanAsync(plan.Id))!.Tasks.Sum(t => t.Targets.Count);
            long size = 0;
            var read = await MedianAsync(runs, async () =>
            {
                await ledger.FindPlanAsync(plan.Id);
                await ledger.ListReportsWithValuesAsync(plan.Id);
            });
            var export = await MedianAsync(runs, async () =>
            {
                using var stream = new MemoryStream();
                await LedgerWorkbook.WriteAsync(ledger, plan.Id, asOf, stream);
                size = stream.Length;
            });
            output.WriteLine($"ledger read (plan, reports with values), {plan.Region} {plan.Year}, {targets} targets: median {Ms(read)} of {runs}");
            output.WriteLine($"ledger export to .xlsx ({size / 1024} KiB): median {Ms(export)} of {runs}");
        }

        var import = await TemplateImportRun.MedianAsync(Path.GetDirectoryName(Path.GetFullPath(db))!, 5000, runs, output);
        output.WriteLine($"template import, 5000 filled rows: median {Ms(import)} of {runs}");
        return 0;
    }

    public static async Task<TimeSpan> MedianAsync(int runs, Func<Task> work)
    {
        await work(); // warm-up: JIT and the database's page cache
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await work();
            times.Add(clock.Elapsed);
        }

        return times.Order().ElementAt(times.Count / 2);
    }

    public static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

    private static string? Value(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
