using System.Globalization;

namespace Luoshi.Bench.Ledger;

/// <summary>Prints the medians of the import runs of each database and size, with the peer's and the ratio, as the table
/// bench/README.md keeps.</summary>
internal static class ImportTable
{
    public static void Print(IReadOnlyList<ImportMeasure> results, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| database | rows | runs | median time | CPU | rows/s | peer (own CSV loader) | time ÷ peer | peak heap | working set before → peak |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var group in results.GroupBy(r => (r.Engine, r.Size)).OrderBy(g => g.Key.Engine).ThenBy(g => g.Key.Size))
        {
            var runs = group.ToList();
            var seconds = Median(runs.Select(r => r.Run.Seconds));
            var peer = Median(runs.Select(r => r.Peer.Seconds));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {group.Key.Engine} | {group.Key.Size:N0} | {runs.Count} | {seconds:0.00} s | {Median(runs.Select(r => r.Run.CpuSeconds)):0.00} s | "
                + $"{group.Key.Size / seconds:N0} | {peer:0.00} s | {Median(runs.Select(r => r.Run.Seconds / r.Peer.Seconds)):0.00} | "
                + $"{Mb(Median(runs.Select(r => (double)r.Run.PeakHeap)))} | "
                + $"{Mb(Median(runs.Select(r => (double)r.Run.WorkingSetBefore)))} → {Mb(Median(runs.Select(r => (double)r.Run.ProcessPeakWorkingSet)))} |"));
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Mb(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0} MB");
}
