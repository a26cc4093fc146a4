using System.Globalization;

namespace Luoshi.Bench.Ledger;

/// <summary>One timed import, measured in a process of its own: rows stored, seconds, and memory before, at the
/// peak and after.</summary>
/// <param name="HeapBefore">Live managed heap before the import (after a full collection).</param>
/// <param name="PeakHeap">Largest managed heap sampled during the import (garbage included).</param>
/// <param name="HeapAfter">Live managed heap after the import (after a full collection).</param>
/// <param name="ProcessPeakWorkingSet">Process.PeakWorkingSet64 at the end: the process did nothing but this import.</param>
/// <param name="CpuSeconds">The process's CPU time (all threads) during the import: the figure to compare when the
/// shared machine's load inflates wall time.</param>
internal sealed record ImportRun(
    long Rows, double Seconds, long WorkingSetBefore, long PeakWorkingSet, long HeapBefore, long PeakHeap, long HeapAfter,
    long ProcessPeakWorkingSet, double CpuSeconds)
{
    private const string Tag = "import-run";

    public double RowsPerSecond => Rows / Seconds;

    /// <summary>The line the measuring process prints for the harness to read.</summary>
    public string ToLine() => string.Create(CultureInfo.InvariantCulture,
        $"{Tag} {Rows} {Seconds:R} {WorkingSetBefore} {PeakWorkingSet} {HeapBefore} {PeakHeap} {HeapAfter} {ProcessPeakWorkingSet} {CpuSeconds:R}");

    /// <summary>The run printed by <see cref="ToLine"/>, or null when <paramref name="line"/> is another line.</summary>
    public static ImportRun? Parse(string line)
    {
        var parts = line.Split(' ');
        if (parts is not [Tag, _, _, _, _, _, _, _, _, _])
        {
            return null;
        }

        var n = parts.Skip(1).Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new ImportRun((long)n[0], n[1], (long)n[2], (long)n[3], (long)n[4], (long)n[5], (long)n[6], (long)n[7], n[8]);
    }
}
