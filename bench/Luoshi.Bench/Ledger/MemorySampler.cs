using System.Diagnostics;

namespace Luoshi.Bench.Ledger;

/// <summary>Samples the process's working set and the managed heap while a measurement runs, keeping the peaks.
/// Process.PeakWorkingSet64 only ever grows over the process's life, so comparing two imports in one process needs
/// peaks of its own.</summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly Timer _timer;
    private long _peakWorkingSet;
    private long _peakHeap;

    public MemorySampler(TimeSpan every)
    {
        Sample();
        _timer = new Timer(_ => Sample(), null, every, every);
    }

    /// <summary>The largest working set seen, in bytes.</summary>
    public long PeakWorkingSet => Interlocked.Read(ref _peakWorkingSet);

    /// <summary>The largest managed heap seen (bytes in use, collected or not).</summary>
    public long PeakHeap => Interlocked.Read(ref _peakHeap);

    /// <summary>Takes one more sample (call at the end, so a short run has at least two).</summary>
    public void Sample()
    {
        lock (_process)
        {
            _process.Refresh();
            Max(ref _peakWorkingSet, _process.WorkingSet64);
            Max(ref _peakHeap, GC.GetTotalMemory(forceFullCollection: false));
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        Sample();
        _process.Dispose();
    }

    /// <summary>The managed heap after a full collection: what stays alive.</summary>
    public static long LiveHeap() => GC.GetTotalMemory(forceFullCollection: true);

    /// <summary>The working set now, in bytes.</summary>
    public static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static void Max(ref long peak, long value)
    {
        var seen = Interlocked.Read(ref peak);
        while (value > seen)
        {
            var before = Interlocked.CompareExchange(ref peak, value, seen);
            if (before == seen)
            {
                return;
            }

            seen = before;
        }
    }
}
