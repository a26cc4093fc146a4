using System.Diagnostics;
using Npgsql;

namespace Luoshi.Storage.Backup;

/// <summary>Runs PostgreSQL's own pg_dump and pg_restore against the ledger's database: the connection string's host,
/// port, user and database become their options, its password their PGPASSWORD (never the command line). The programs
/// are found in $LUOSHI_PG_BIN, else the newest /usr/lib/postgresql/*/bin (Debian), else on PATH; they must be at least
/// the server's version.</summary>
internal static class PostgresTools
{
    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/>, connected to the ledger's database
    /// unless <paramref name="connect"/> is false; its exit and what it wrote on standard error.</summary>
    public static async Task<(bool Ok, string Error)> RunAsync(
        string program, StoreOptions store, IEnumerable<string> arguments, CancellationToken ct, bool connect = true)
    {
        var connection = new NpgsqlConnectionStringBuilder(store.ConnectionString);
        var start = new ProcessStartInfo(Find(program)) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in (connect ? Connection(connection) : []).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGPASSWORD"] = connection.Password ?? "";
        start.Environment["PGSSLMODE"] = connection.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct).ConfigureAwait(false);
        await process.WaitForExitAsync(ct).ConfigureAwait(false);
        return (process.ExitCode == 0, (await error.ConfigureAwait(false)).Trim());
    }

    private static IEnumerable<string> Connection(NpgsqlConnectionStringBuilder c) =>
    [
        "--host", c.Host ?? "localhost", "--port", c.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--username", c.Username ?? Environment.UserName, "--dbname", c.Database ?? c.Username ?? "postgres", "--no-password",
    ];

    private static string Find(string program)
    {
        if (Environment.GetEnvironmentVariable("LUOSHI_PG_BIN") is { Length: > 0 } bin)
        {
            return Path.Combine(bin, program);
        }

        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", program)).Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0).FirstOrDefault()
            : null;
        return debian ?? OnPath(program) ?? program;
    }

    private static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);
}
