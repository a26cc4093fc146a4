using System.Diagnostics;
using Luoshi.Bench.Ledger;
using Luoshi.Documents.Closing;
using Luoshi.Domain.Assessment;
using Luoshi.Domain.Closing;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Bench.Closing;

/// <summary>Issue 20's speed goal: closing the generated province (120 plans × 300 targets, bench/README.md “Ledger
/// evaluation”) in under 10 s with every document generated. Once, on a copy of the province database, the office
/// opens the 120 closings (as of 2023-01-10); then each round reads every plan's year-end account
/// (<c>Closing.ReadAllAsync</c>, finals from the data) and writes, per plan, the 年度落实情况报告 (.docx), the closing
/// workbook and the ranking workbook (.xlsx) into memory. The peer, measured alternately in the same process, is the
/// plain plan reading of the same 120 plans as of the same day (<c>ReadPlansAsync</c>), which every closing output
/// builds on. Medians and the ratio closing ÷ peer.</summary>
internal static class ClosingBench
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var rounds = args is ["--rounds", var n, ..] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 5;
        var source = await ProvinceDatabase.EnsureAsync(LedgerShape.Province, output);
        var path = BenchFiles.Temp($"closing-{Guid.NewGuid():N}.db");
        File.Copy(source, path);
        try
        {
            await using var ledger = await ProvinceDatabase.Open(path, new Day(new DateOnly(2023, 1, 10)));
            var plans = await ledger.ListPlansAsync();
            var opening = Stopwatch.StartNew();
            foreach (var plan in plans)
            {
                var opened = await ledger.Closing.OpenAsync(plan.Id, LifecycleActor.Office);
                if (!opened.Succeeded)
                {
                    throw new InvalidOperationException(opened.Error!.ToString());
                }
            }

            output.WriteLine($"// opened {plans.Count} closings in {opening.Elapsed.TotalSeconds:0.0} s");
            var day = ClosingReading.DayOf(plans[0].Year);
            var closing = new List<double>();
            var peer = new List<double>();
            for (var round = 0; round <= rounds; round++)
            {
                var watch = Stopwatch.StartNew();
                var targets = (await ledger.ReadPlansAsync(day)).Sum(p => p.Targets.Count);
                var peerMs = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                var bytes = await CloseAsync(ledger, output);
                var closingMs = watch.Elapsed.TotalMilliseconds;
                output.WriteLine($"round {round}{(round == 0 ? " (warm-up)" : "")}: peer ReadPlansAsync {peerMs:0} ms ({targets:N0} targets), closing + documents {closingMs:0} ms ({bytes / 1e6:0.0} MB of documents)");
                if (round > 0)
                {
                    closing.Add(closingMs);
                    peer.Add(peerMs);
                }
            }

            var (c, p) = (Median(closing), Median(peer));
            output.WriteLine($"medians of {rounds}: closing + documents {c:0} ms (goal < 10000 ms), peer ReadPlansAsync {p:0} ms, ratio {c / p:0.00}");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            BenchFiles.DeleteDatabase(path);
        }
    }

    // Every plan's account and its three documents, as `luoshi export closing report|workbook|ranking` write them.
    private static async Task<long> CloseAsync(Storage.Ledger ledger, TextWriter output)
    {
        long bytes = 0;
        var watch = Stopwatch.StartNew();
        var readings = await ledger.Closing.ReadAllAsync();
        var (read, scoring, report, workbook, ranks) = (watch.Elapsed, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        foreach (var reading in readings)
        {
            watch.Restart();
            var scheme = await ledger.Closing.SchemeAsync(reading.Plan.Id);
            var ranking = UnitScoring.Rank(AssessedTask.Of(reading, scheme), scheme);
            scoring += watch.Elapsed;
            watch.Restart();
            using var reportFile = new MemoryStream();
            ClosingReportWriter.Write(reading, new DateOnly(2023, 1, 20), reportFile, ranking);
            report += watch.Elapsed;
            watch.Restart();
            using var workbookFile = new MemoryStream();
            await ClosingWorkbook.WriteAsync(reading, workbookFile);
            workbook += watch.Elapsed;
            watch.Restart();
            using var ranksFile = new MemoryStream();
            await RankingWorkbook.WriteAsync($"{reading.Plan.Region}{reading.Plan.Year}年度考核排名", ranking, ranksFile);
            ranks += watch.Elapsed;
            bytes += reportFile.Length + workbookFile.Length + ranksFile.Length;
        }

        // Where the time goes, so that a slow round says which part to look at.
        output.WriteLine($"//   accounts read {read.TotalMilliseconds:0} ms, schemes and scores {scoring.TotalMilliseconds:0} ms, reports .docx {report.TotalMilliseconds:0} ms, "
            + $"closing workbooks {workbook.TotalMilliseconds:0} ms, ranking workbooks {ranks.TotalMilliseconds:0} ms");
        return bytes;
    }

    private static double Median(List<double> times)
    {
        times.Sort();
        return times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
    }

    private sealed class Day(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero);
    }
}
