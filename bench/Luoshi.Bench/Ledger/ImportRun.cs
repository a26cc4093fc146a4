namespace Luoshi.Bench.Ledger;

/// <summary>One timed import: rows stored, seconds, and memory before, at the peak and after.</summary>
/// <param name="HeapBefore">Live managed heap before the import (after a full collection).</param>
/// <param name="PeakHeap">Largest managed heap sampled during the import (garbage included).</param>
/// <param name="HeapAfter">Live managed heap after the import (after a full collection).</param>
internal sealed record ImportRun(
    long Rows, double Seconds, long WorkingSetBefore, long PeakWorkingSet, long HeapBefore, long PeakHeap, long HeapAfter)
{
    public double RowsPerSecond => Rows / Seconds;
}
