using System.Diagnostics;
using System.Globalization;

namespace Luoshi.Cli.Tests;

/// <summary>Runs the real luoshi program like <see cref="CliRun"/> and reports its peak resident memory (VmHWM, read
/// from /proc while it runs; the high-water mark only grows, so the last reading is the peak up to then). The managed
/// heap is also capped at the same bound (DOTNET_GCHeapHardLimit), so a run that needs more fails outright instead of
/// slipping between two readings.</summary>
internal static class MeasuredRun
{
    public const long Bound = 300L * 1024 * 1024;

    /// <summary>Runs luoshi with LUOSHI_LANG set to <paramref name="language"/> (zh or en).</summary>
    public static (int ExitCode, string Output, string Error, long PeakBytes) Luoshi(string language, params string[] args)
    {
        var start = CliRun.StartInfo(args);
        start.Environment["DOTNET_GCHeapHardLimit"] = Bound.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["LUOSHI_LANG"] = language;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var peak = 0L;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
        }

        return (process.ExitCode, output.Result, error.Result, peak);
    }

    private static long HighWaterMark(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0; // the process ended between the check and the read
        }
    }
}
