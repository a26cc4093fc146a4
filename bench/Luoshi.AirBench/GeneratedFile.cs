using System.Diagnostics;
using System.Globalization;

namespace Luoshi.AirBench;

/// <summary>The <c>data</c> command: writes the generated hourly file from <c>--from</c> (default 1 January 2021, so ten
/// years cross 1 March 2026 and both HJ 633 versions are computed).</summary>
internal static class GeneratedFile
{
    public static int Run(string path, string[] args, TextWriter output)
    {
        var stations = Option(args, "--stations", 50);
        var years = Option(args, "--years", 10);
        var seed = Option(args, "--seed", 5);
        var at = Array.IndexOf(args, "--from");
        var first = at >= 0 && at + 1 < args.Length ? DateOnly.Parse(args[at + 1], CultureInfo.InvariantCulture) : new DateOnly(2021, 1, 1);
        var days = first.AddYears(years).DayNumber - first.DayNumber;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var clock = Stopwatch.StartNew();
        var rows = new HourlyAirData(seed, stations, first, days).Write(path);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {path}: {stations} stations × {days} days from {first:yyyy-MM-dd}, {rows:N0} rows, {new FileInfo(path).Length / 1e6:0.0} MB in {clock.Elapsed.TotalSeconds:0.0} s (seed {seed})"));
        return 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
