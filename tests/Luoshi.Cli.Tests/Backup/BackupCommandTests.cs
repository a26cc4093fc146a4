using Microsoft.Data.Sqlite;

namespace Luoshi.Cli.Tests.Backup;

/// <summary><c>luoshi backup</c> and <c>luoshi restore</c> as a script runs them: what they print, their exit codes, and
/// that a refusal changes nothing.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-backup-cli-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private string PathOf(string name) => Path.Combine(_directory, name);

    [Fact]
    public void BackupAndRestore_ThroughTheCommandLine_RefusalsExitTwoAndForceReplaces()
    {
        Assert.Equal(0, CliRun.Luoshi("import", CliRun.Sample, "--region", "四会市", "--year", "2022", "--db", PathOf("source.db")).ExitCode);
        Assert.Equal(0, CliRun.Luoshi("units", "import", CliRun.Units, "--db", PathOf("other.db")).ExitCode);

        var backup = CliRun.English("backup", "--to", PathOf("nightly.db"), "--db", PathOf("source.db"));
        var again = CliRun.English("backup", "--to", PathOf("nightly.db"), "--db", PathOf("source.db"));
        var refused = CliRun.English("restore", "--from", PathOf("nightly.db"), "--db", PathOf("other.db"), "--as", "运维王");
        var unitsKept = CliRun.English("status", "--db", PathOf("other.db"));
        var forced = CliRun.English("restore", "--from", PathOf("nightly.db"), "--db", PathOf("other.db"), "--force", "--as", "运维王");
        var audit = CliRun.Luoshi("audit", "--db", PathOf("other.db"));

        Assert.True(backup.ExitCode == 0, backup.Error);
        Assert.StartsWith($"backup of SQLite {PathOf("source.db")} written to {PathOf("nightly.db")} (", backup.Output, StringComparison.Ordinal);
        Assert.Equal((2, $"luoshi backup: --to: {PathOf("nightly.db")} exists already; a backup never overwrites a file: choose a new name\n"), (again.ExitCode, again.Error));
        Assert.Equal(2, refused.ExitCode);
        Assert.StartsWith($"luoshi restore: --force: the ledger {PathOf("other.db")} is not empty (audit_entries: ", refused.Error, StringComparison.Ordinal);
        Assert.Contains("org_units: ", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("T16", unitsKept.Output, StringComparison.Ordinal);
        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.StartsWith($"SQLite {PathOf("other.db")} restored from {PathOf("nightly.db")} (", forced.Output, StringComparison.Ordinal);
        Assert.Contains("ledger.restore", audit.Output, StringComparison.Ordinal);
        Assert.Contains("T16", CliRun.Luoshi("status", "--db", PathOf("other.db"), "--as-of", "2022-10-10").Output, StringComparison.Ordinal);
    }
}
