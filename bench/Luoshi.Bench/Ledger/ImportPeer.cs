using System.Diagnostics;
using System.Globalization;

namespace Luoshi.Bench.Ledger;

/// <summary>The peer of the progress import: each database's own CSV loader reading the same file into a table of the
/// file's twelve columns as text — sqlite3's <c>.import</c>, psql's <c>\copy</c> — with no check, no lookup, no report
/// and no index. What any import of the file must at least spend; the product's time is reported as a ratio to it.</summary>
internal static class ImportPeer
{
    private const string Columns =
        "task text, target text, period text, unit text, value text, numerator text, denominator text, done_on text, progress text, "
        + "problems text, next_steps text, state text";

    /// <summary>sqlite3 loading <paramref name="csv"/> into a new table of <paramref name="database"/>.</summary>
    public static PeerRun Sqlite(string database, string csv) =>
        Run("sqlite3", [database, $"CREATE TABLE peer ({Columns});", $".import --csv --skip 1 {csv} peer"]);

    /// <summary>psql loading <paramref name="csv"/> into a new table of the database <paramref name="connection"/> names.</summary>
    public static PeerRun Postgres(string connection, string csv)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connection);
        var url = $"postgresql://{builder.Username}:{builder.Password}@{builder.Host}:{builder.Port}/{builder.Database}";
        return Run("psql", [url, "-v", "ON_ERROR_STOP=1", "-c", $"CREATE TABLE peer ({Columns})", "-c", $"\\copy peer FROM '{csv}' WITH (FORMAT csv, HEADER)"]);
    }

    // Runs the tool under /usr/bin/time for its wall and CPU time (user + system).
    private static PeerRun Run(string tool, string[] args)
    {
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-f", "peer-time %e %U %S", tool }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var line = error.Split('\n').LastOrDefault(l => l.StartsWith("peer-time ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{tool} failed: {error}");
        var n = line.Split(' ').Skip(1).Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed (exit code {process.ExitCode}): {error}");
        }

        return new PeerRun(n[0], n[1] + n[2]);
    }
}

/// <summary>One run of the peer: wall and CPU seconds.</summary>
internal readonly record struct PeerRun(double Seconds, double CpuSeconds);
