using System.Globalization;
using BenchmarkDotNet.Reports;

namespace Luoshi.Bench;

/// <summary>Turns median times into MB/s (1 MB = 10^6 bytes) and a ratio to the baseline of the same size.</summary>
internal static class ThroughputTable
{
    public static void Print(Summary summary, TextWriter output)
    {
        var rows = summary.Reports
            .Where(r => r.ResultStatistics is not null && r.BenchmarkCase.Parameters.Items.Any(p => p.Name == "Bytes"))
            .Select(r => (
                Name: r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
                Bytes: Convert.ToInt64(r.BenchmarkCase.Parameters["Bytes"], CultureInfo.InvariantCulture),
                Baseline: r.BenchmarkCase.Descriptor.Baseline,
                MedianNs: r.ResultStatistics!.Median))
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("| input | method | median | MB/s | time ÷ peer |");
        output.WriteLine("|---|---|---:|---:|---:|");
        foreach (var size in rows.GroupBy(r => r.Bytes).OrderBy(g => g.Key))
        {
            var peer = size.FirstOrDefault(r => r.Baseline).MedianNs;
            foreach (var row in size)
            {
                var seconds = row.MedianNs / 1e9;
                var megabytesPerSecond = row.Bytes / 1e6 / seconds;
                var ratio = peer > 0 ? (row.MedianNs / peer).ToString("0.0", CultureInfo.InvariantCulture) : "-";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {row.Bytes / 1e6:0.##} MB | {row.Name} | {row.MedianNs / 1e6:0.00} ms | {megabytesPerSecond:0.0} | {ratio} |"));
            }
        }
    }
}
