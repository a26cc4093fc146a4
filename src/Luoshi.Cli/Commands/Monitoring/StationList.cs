namespace Luoshi.Cli.Commands.Monitoring;

/// <summary>
/// The <c>--stations</c> file: the stations the office knows, one name per line (a first line <c>station</c> is a
/// header; blank lines are skipped), so that a mistyped station in a data file is reported instead of counted.
/// </summary>
internal static class StationList
{
    public static HashSet<string> Read(string path)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var first = true;
        foreach (var line in File.ReadLines(path))
        {
            var name = line.Trim().TrimStart('\uFEFF');
            if (first && name.Equals("station", StringComparison.OrdinalIgnoreCase))
            {
                first = false;
                continue;
            }

            first = false;
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        return names;
    }
}
