using System.Globalization;

namespace Luoshi.AirBench;

/// <summary>Compares the two sides' outputs: every station-day line (valid flag, AQI and each IAQI) and every yearly count.</summary>
internal static class Agreement
{
    public static int Run(string luoshiDays, string duckDays, string luoshiYears, string duckYears, TextWriter output)
    {
        var ours = Lines(luoshiDays);
        var theirs = Lines(duckDays);
        var differing = 0;
        var shown = 0;
        foreach (var (key, line) in ours)
        {
            theirs.TryGetValue(key, out var other);
            if (line != other)
            {
                differing++;
                if (shown++ < 5)
                {
                    output.WriteLine($"  differs {key}: luoshi {line} | duckdb {other ?? "(missing)"}");
                }
            }
        }

        var onlyDuck = theirs.Keys.Count(k => !ours.ContainsKey(k));
        var years = YearDifferences(luoshiYears, duckYears, output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"agreement: {ours.Count:N0} station-days, {differing} differing, {onlyDuck} only in DuckDB's output; station-years differing: {years}"));
        return differing == 0 && onlyDuck == 0 && years == 0 ? 0 : 1;
    }

    // "station,date" → the rest of the line; a blank IAQI and DuckDB's empty NULL are both empty.
    private static Dictionary<string, string> Lines(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var second = line.IndexOf(',', line.IndexOf(',', StringComparison.Ordinal) + 1);
            result[line[..second]] = line[(second + 1)..];
        }

        return result;
    }

    private static int YearDifferences(string luoshi, string duck, TextWriter output)
    {
        var ours = File.ReadLines(luoshi).Skip(1).Select(Year).ToDictionary(y => y.Key);
        var theirs = File.ReadLines(duck).Skip(1).Select(Year).ToDictionary(y => y.Key);
        var differing = 0;
        foreach (var key in ours.Keys.Union(theirs.Keys))
        {
            var same = ours.TryGetValue(key, out var a) && theirs.TryGetValue(key, out var b)
                && a.Counts == b.Counts && Math.Abs(a.Share - b.Share) < 1e-6;
            if (!same && differing++ < 5)
            {
                output.WriteLine($"  year differs {key}");
            }
        }

        return differing;
    }

    private static (string Key, string Counts, double Share) Year(string line)
    {
        var cells = line.Split(',');
        return ($"{cells[0]},{cells[1]}", $"{cells[2]},{cells[3]},{cells[4]}", double.Parse(cells[5], CultureInfo.InvariantCulture));
    }
}
