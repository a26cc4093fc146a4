using System.Diagnostics;
using System.Globalization;

namespace Luoshi.AirBench;

/// <summary>The <c>data</c> command: writes the generated hourly file from 1 January 2014 (before the 2026 revision).</summary>
internal static class GeneratedFile
{
    public static int Run(string path, string[] args, TextWriter output)
    {
        var stations = Option(args, "--stations", 50);
        var years = Option(args, "--years", 10);
        var seed = Option(args, "--seed", 5);
        var first = new DateOnly(2014, 1, 1);
        var days = first.AddYears(years).DayNumber - first.DayNumber;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var clock = Stopwatch.StartNew();
        var rows = new HourlyAirData(seed, stations, first, days).Write(path);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {path}: {stations} stations × {days} days, {rows:N0} rows, {new FileInfo(path).Length / 1e6:0.0} MB in {clock.Elapsed.TotalSeconds:0.0} s (seed {seed})"));
        return 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
