using System.Globalization;

namespace Luoshi.Bench.Ledger;

/// <summary>Prints the median of the import runs of each size, with memory, as the table bench/README.md keeps.</summary>
internal static class ImportTable
{
    public static void Print(IReadOnlyList<(long Size, ImportRun Run)> results, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| rows | runs | median time | rows/s | live heap before → after | peak heap | working set before → peak (process) |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in results.GroupBy(r => r.Size).OrderBy(g => g.Key))
        {
            var runs = size.Select(r => r.Run).ToList();
            var seconds = Median(runs.Select(r => r.Seconds));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size.Key:N0} | {runs.Count} | {seconds:0.00} s | {size.Key / seconds:N0} | " +
                $"{Mb(Median(runs, r => r.HeapBefore))} → {Mb(Median(runs, r => r.HeapAfter))} | {Mb(Median(runs, r => r.PeakHeap))} | " +
                $"{Mb(Median(runs, r => r.WorkingSetBefore))} → {Mb(Median(runs, r => r.ProcessPeakWorkingSet))} |"));
        }
    }

    private static double Median(List<ImportRun> runs, Func<ImportRun, long> value) => Median(runs.Select(r => (double)value(r)));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Mb(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0} MB");
}
