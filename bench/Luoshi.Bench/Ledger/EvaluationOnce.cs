using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Luoshi.Bench.Ledger;

/// <summary>A quick look at the ledger evaluation without BenchmarkDotNet's separate build and process: the SQL peer
/// and <c>Ledger.ReadPlansAsync</c> alternately, N rounds in one process after one warm-up each, medians and their
/// ratio. For profiling between changes; bench/ledger-evaluation.sh remains the figure of record.</summary>
internal static class EvaluationOnce
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var rounds = args is ["--rounds", var n, ..] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 7;
        var shape = LedgerShape.Province;
        var path = await ProvinceDatabase.EnsureAsync(shape, output);
        await using var ledger = await ProvinceDatabase.Open(path);
        using var sql = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        sql.Open();
        await StatusAgreement.CheckAsync(InMemoryLedger.Of(shape), ledger, sql, output);

        var sqlTimes = new List<double>();
        var productTimes = new List<double>();
        for (var round = 0; round <= rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            _ = StatusQuery.Run(sql, LedgerShape.AsOf);
            var sqlMs = watch.Elapsed.TotalMilliseconds;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            watch.Restart();
            _ = (await ledger.ReadPlansAsync(LedgerShape.AsOf)).Sum(p => p.Targets.Count);
            var productMs = watch.Elapsed.TotalMilliseconds;
            var megabytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6;
            output.WriteLine($"round {round}{(round == 0 ? " (warm-up)" : "")}: SQL {sqlMs:0.0} ms, ReadPlansAsync {productMs:0.0} ms, {megabytes:0.0} MB allocated");
            if (round > 0)
            {
                sqlTimes.Add(sqlMs);
                productTimes.Add(productMs);
            }
        }

        var (sqlMedian, productMedian) = (Median(sqlTimes), Median(productTimes));
        output.WriteLine($"medians of {rounds}: SQL {sqlMedian:0.0} ms, ReadPlansAsync {productMedian:0.0} ms, ratio {productMedian / sqlMedian:0.00}");
        return 0;
    }

    private static double Median(List<double> times)
    {
        times.Sort();
        return times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
    }
}
