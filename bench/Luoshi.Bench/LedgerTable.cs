using System.Globalization;
using BenchmarkDotNet.Reports;

namespace Luoshi.Bench;

/// <summary>Prints the ledger evaluation's medians, each as a ratio to the SQL query of the same run and against the
/// issue's goal (the whole province in under a second).</summary>
internal static class LedgerTable
{
    public static void Print(Summary summary, TextWriter output)
    {
        var rows = summary.Reports
            .Where(r => r.ResultStatistics is not null && r.BenchmarkCase.Descriptor.Type == typeof(LedgerEvaluation))
            .Select(r => (Name: r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
                Baseline: r.BenchmarkCase.Descriptor.Baseline, MedianNs: r.ResultStatistics!.Median))
            .ToList();
        var sql = rows.FirstOrDefault(r => r.Baseline).MedianNs;
        if (rows.Count == 0 || sql <= 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("| 36,000 targets as of 2022-09-15 | median | time ÷ SQL | goal < 1 s |");
        output.WriteLine("|---|---:|---:|---|");
        foreach (var row in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Name} | {row.MedianNs / 1e6:0.0} ms | {row.MedianNs / sql:0.00} | {(row.MedianNs < 1e9 ? "met" : "missed")} |"));
        }
    }
}
