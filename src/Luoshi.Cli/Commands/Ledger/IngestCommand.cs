using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Storage.Monitoring;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi ingest air FILE.csv</c> and <c>luoshi ingest water FILE.csv</c>: monitoring data into the ledger,
/// all of a file or nothing, the same file twice adding nothing.</summary>
internal static class IngestCommand
{
    public static Command Create() => new("ingest", "Store monitoring data (air hourly/daily, water samples) in the ledger")
    {
        One("air", "Air CSV: station,time,pm25,pm10,so2,no2,co,o3 (hourly), with o3_1h_max,o3_8h_max (daily), or the Beijing Multi-Site layout",
            (ledger, path, ct) => ledger.IngestAirAsync(path, ct)),
        One("water", "Water-sample CSV: section,date and item codes (ph, do, codmn, cod, bod5, nh3n, tp, …)",
            (ledger, path, ct) => ledger.IngestWaterAsync(path, ct)),
    };

    private static Command One(string name, string description, Func<Storage.Ledger, string, CancellationToken, Task<IngestResult>> ingest)
    {
        var store = new StoreSelection();
        var files = new Argument<string[]>("FILE") { Description = description, Arity = ArgumentArity.OneOrMore };
        var command = new Command(name, $"Ingest {name} data; a file with any bad row stores nothing, the same file again adds nothing") { files };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            var exit = ExitCodes.Success;
            foreach (var path in result.GetValue(files)!)
            {
                var clock = Stopwatch.StartNew();
                var ingested = await ingest(ledger, path, ct);
                if (!ingested.Succeeded)
                {
                    exit = ProblemOutput.WriteRefusedFile($"luoshi ingest {name}", path, ingested.Errors, Console.Error);
                    continue;
                }

                Console.Out.WriteLine(Summary(path, ingested, clock.Elapsed));
            }

            return exit;
        });
        return command;
    }

    private static string Summary(string path, IngestResult r, TimeSpan took)
    {
        if (r.AlreadyIngested)
        {
            return $"{path}: already ingested (same content), nothing added";
        }

        var missing = r.Missing.Where(m => m.Value > 0).Select(m => $"{m.Key} {m.Value}").ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{path}: {r.Rows} row(s) {r.First:yyyy-MM-dd HH:mm} – {r.Last:yyyy-MM-dd HH:mm}: {r.Inserted} new, {r.Corrected} corrected, "
            + $"{r.Unchanged} unchanged; missing values: {(missing.Count == 0 ? "none" : string.Join(", ", missing))} ({took.TotalSeconds:0.0} s)");
    }
}
