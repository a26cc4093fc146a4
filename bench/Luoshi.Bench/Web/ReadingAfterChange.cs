using System.Diagnostics;
using Luoshi.Domain.Progress;

namespace Luoshi.Bench.Web;

/// <summary>The library's share of "the first overview after a change" (issue 13), without HTTP: on a copy of the web
/// ledger (bench/web-ledger.sh), approve one submitted report of a plan, then read the plan as of a day and work out
/// the standings the overview shows (units, overdue). N changes, medians; the same read with nothing changed and a
/// ledger opened afresh (nothing kept) as peers in the same run. Run: <c>dotnet bench/Luoshi.Bench/bin/Release/net10.0/Luoshi.Bench.dll
/// reading-after-change artifacts/bench/web-ledger.db [runs]</c>.</summary>
internal static class ReadingAfterChange
{
    // The code runs first unoptimised and is recompiled once it has run often (tiered JIT): a server that has run a
    // while is what the goal is about, so the first changes are not counted.
    private const int Warm = 15;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var (db, year, asOf, runs) = (args[0], 2025, new DateOnly(2025, 10, 10), args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15);
        var copy = Path.Combine(Path.GetTempPath(), $"reading-after-change-{Guid.NewGuid():N}.db");
        File.Copy(db, copy);
        try
        {
            await using var ledger = await Ledger.ProvinceDatabase.Open(copy);
            var plan = (await ledger.ListPlansAsync()).Single(p => p.Year == year).Id;
            var submitted = (await ledger.ListReportsAsync(plan)).Where(r => r.State == ReportState.Submitted).ToList();
            var (after, again, fresh) = (new List<double>(), new List<double>(), new List<double>());
            for (var i = 0; i < runs + Warm; i++)
            {
                var report = submitted[i];
                if (!(await ledger.TransitionAsync(report.Id, ReportAction.Approve, null, report.Version)).Succeeded)
                {
                    throw new InvalidOperationException($"report {report.Id} was not approved");
                }

                var changed = await TimeAsync(ledger, plan, asOf);
                var unchanged = await TimeAsync(ledger, plan, asOf);
                double scratch;
                await using (var opened = await Ledger.ProvinceDatabase.Open(copy))
                {
                    scratch = await TimeAsync(opened, plan, asOf);
                }

                output.WriteLine($"change {i + 1}{(i < Warm ? " (warm-up)" : "")}: after it {changed:0.0} ms, again {unchanged:0.0} ms, a ledger opened afresh {scratch:0.0} ms");
                if (i >= Warm)
                {
                    (after, again, fresh) = ([.. after, changed], [.. again, unchanged], [.. fresh, scratch]);
                }
            }

            output.WriteLine($"medians of {runs}: after a change {Median(after):0.0} ms, nothing changed {Median(again):0.0} ms, "
                + $"opened afresh {Median(fresh):0.0} ms; after ÷ afresh {Median(after) / Median(fresh):0.00}");
            return 0;
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private static async Task<double> TimeAsync(Storage.Ledger ledger, int plan, DateOnly asOf)
    {
        var watch = Stopwatch.StartNew();
        var reading = (await ledger.ReadPlanAsync(plan, asOf))!;
        _ = (reading.Units.Count, reading.Overdue.Count, reading.Sections.Count);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> times)
    {
        times.Sort();
        return times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
    }
}
