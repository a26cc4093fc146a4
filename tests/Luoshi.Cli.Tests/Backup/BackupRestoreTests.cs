using Luoshi.Cli.Commands;
using Luoshi.Cli.Demo;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Domain.Access;
using Luoshi.Domain.Periods;
using Luoshi.Storage;
using Luoshi.Storage.Tests.Databases;
using Microsoft.Data.Sqlite;

namespace Luoshi.Cli.Tests.Backup;

/// <summary>A backup restored into an empty database gives back every row of every table — the demo ledger fills them
/// all: plan, units, reports, monitoring data, villages, households, accounts, tokens, reminders, attachments, sign-in
/// failures, the audit trail — and one taken while writes go on holds every write acknowledged before it started.
/// On SQLite and on PostgreSQL (pg_dump and pg_restore of the test server's version).</summary>
public abstract class BackupRestoreTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private static readonly DateOnly Day = new(2022, 10, 10);

    private readonly TDatabase _sourceDatabase = new();
    private readonly TDatabase _targetDatabase = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-backup-").FullName;

    private StoreOptions Source { get; set; } = null!;

    private StoreOptions Target { get; set; } = null!;

    private string Backup => Path.Combine(_directory, "ledger.backup");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Source = await _sourceDatabase.CreateAsync("backup_source");
        Target = await _targetDatabase.CreateAsync("backup_target");
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await _sourceDatabase.DisposeAsync();
        await _targetDatabase.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
        GC.SuppressFinalize(this);
    }

    private async Task FillAsync()
    {
        var drafted = ReportDrafting.Draft(DemoFiles.Report, DemoFiles.Year, DemoFiles.Region, null, "test", TextWriter.Null)!.Value;
        var plan = PlanFromDraft.Create(drafted.Plan, DemoFiles.Region, drafted.Text, ReportingCadence.MonthlyByDay(28));
        await using var ledger = await Ledger.OpenAsync(Source, "演示数据 demo", new DemoClock(Day), Ct);
        Assert.Null(await DemoLedger.FillAsync(ledger, plan, Day, 2022, Ct));
        var planId = (await ledger.ListPlansAsync(Ct))[0].Id;
        Assert.True((await ledger.CreateAccountAsync(new NewAccount("hr.li", "李填报", AccountRole.UnitReporter, "人社局", "correct horse battery"), Ct)).Succeeded);
        Assert.True((await ledger.CreateApiTokenAsync("hr.li", "nightly", null, Ct)).Succeeded);
        await ledger.SignInAsync("hr.li", "a wrong guess", "10.0.0.7", Ct);
        var report = (await ledger.ListReportsAsync(planId, ct: Ct))[0];
        Assert.True((await ledger.RemindAsync(planId, report.TaskCode, report.Period, report.Unit, "请补报", Ct)).Succeeded);
    }

    [Fact]
    public async Task Restore_BackupOfAFullLedgerIntoAnEmptyDatabase_EveryTableEqualAndTheRestoreAudited()
    {
        await FillAsync();
        var before = await TableDump.AllAsync(Source);

        var backup = await LedgerBackup.BackupAsync(Source, Backup, Ct);
        var restored = await LedgerBackup.RestoreAsync(Target, Backup, force: false, "运维王", ct: Ct);

        Assert.True(backup.Succeeded, backup.Error?.ToString());
        Assert.True(restored.Succeeded, restored.Error?.ToString());
        Assert.Equal(backup.Value!.Rows, restored.Value!.Rows);
        var after = await TableDump.AllAsync(Target);
        Assert.Equal(before.Keys, after.Keys);
        Assert.True(before.Values.Count(rows => rows.Count > 0) >= 25, $"only {before.Values.Count(rows => rows.Count > 0)} tables hold rows");
        foreach (var table in before.Keys.Where(t => t != "audit_entries"))
        {
            Assert.True(before[table].SequenceEqual(after[table]), $"table {table} differs");
        }

        // The trail is the backup's, then two entries: who restored what, and the projections rebuilt from it.
        Assert.Equal(before["audit_entries"].Count + 2, after["audit_entries"].Count);
        await using var ledger = await Ledger.OpenAsync(Target, "test", ct: Ct);
        var last = await ledger.AuditAsync(2, ct: Ct);
        Assert.Equal([("ledger.rebuild-projections", "运维王"), ("ledger.restore", "运维王")], last.Select(a => (a.Action, a.Actor)));
        Assert.Equal("ledger.backup", last[1].EntityKey);
        Assert.Equal(after["audit_entries"].Where(r => !r.Contains("\u001fledger.re", StringComparison.Ordinal)).Order(StringComparer.Ordinal), before["audit_entries"]);
    }

    [Fact]
    public async Task Backup_WhileWritesGoOn_HoldsEveryWriteAcknowledgedBeforeItStartedAndNoGap()
    {
        await using (var setup = await Ledger.OpenAsync(Source, "setup", ct: Ct))
        {
            Assert.True((await setup.CreateAccountAsync(new NewAccount("feed", "数据接入", AccountRole.DataFeed, null, "correct horse battery"), Ct)).Succeeded);
        }

        using var stop = new CancellationTokenSource();
        var acknowledged = 0;
        var writer = Task.Run(async () =>
        {
            await using var ledger = await Ledger.OpenAsync(Source, "writer", ct: Ct);
            for (var i = 1; !stop.IsCancellationRequested; i++)
            {
                Assert.True((await ledger.CreateApiTokenAsync("feed", $"w{i:D5}", null, Ct)).Succeeded);
                Volatile.Write(ref acknowledged, i);
            }
        }, Ct);
        while (Volatile.Read(ref acknowledged) < 50)
        {
            await Task.Delay(10, Ct);
        }

        var before = Volatile.Read(ref acknowledged);
        var backup = await LedgerBackup.BackupAsync(Source, Backup, Ct);
        var after = Volatile.Read(ref acknowledged);
        await Task.Delay(200, Ct);
        await stop.CancelAsync();
        await writer;

        Assert.True(backup.Succeeded, backup.Error?.ToString());
        Assert.True((await LedgerBackup.RestoreAsync(Target, Backup, force: false, "运维王", ct: Ct)).Succeeded);
        await using var restored = await Ledger.OpenAsync(Target, "test", ct: Ct);
        var names = (await restored.ListApiTokensAsync("feed", Ct)).Select(t => t.Name).ToList();
        // A consistent snapshot: writes 1..n with no gap, n at least every write acknowledged before the backup began.
        Assert.Equal(Enumerable.Range(1, names.Count).Select(i => $"w{i:D5}"), names.Order(StringComparer.Ordinal));
        Assert.InRange(names.Count, before, after + 1);
        TestContext.Current.TestOutputHelper?.WriteLine($"acknowledged before the backup {before}, after it {after}, in the backup {names.Count}");
    }

    [Fact]
    public async Task Restore_OverALedgerThatHoldsData_RefusedWithoutForceAndReplacedWithIt()
    {
        await using (var source = await Ledger.OpenAsync(Source, "王", ct: Ct))
        {
            Assert.True((await source.CreateAccountAsync(new NewAccount("from.backup", "备份中", AccountRole.Leader, null, "correct horse battery"), Ct)).Succeeded);
        }

        await using (var target = await Ledger.OpenAsync(Target, "李", ct: Ct))
        {
            Assert.True((await target.CreateAccountAsync(new NewAccount("already.here", "原有", AccountRole.Leader, null, "correct horse battery"), Ct)).Succeeded);
        }

        Assert.True((await LedgerBackup.BackupAsync(Source, Backup, Ct)).Succeeded);
        var refused = await LedgerBackup.RestoreAsync(Target, Backup, force: false, "运维王", ct: Ct);
        var stillThere = await AccountsAsync(Target);
        var forced = await LedgerBackup.RestoreAsync(Target, Backup, force: true, "运维王", ct: Ct);

        Assert.Equal("--force", refused.Error?.Place?.Field);
        Assert.Contains("is not empty (accounts: 1, audit_entries: 1)", refused.Error?.Message.En, StringComparison.Ordinal);
        Assert.Equal(["already.here"], stillThere);
        Assert.True(forced.Succeeded, forced.Error?.ToString());
        Assert.Equal(["from.backup"], await AccountsAsync(Target));
    }

    [Fact]
    public async Task Backup_ToAnExistingFile_RefusedAndTheFileKept()
    {
        await File.WriteAllTextAsync(Backup, "keep me", Ct);
        await using (var source = await Ledger.OpenAsync(Source, "王", ct: Ct))
        {
        }

        var refused = await LedgerBackup.BackupAsync(Source, Backup, Ct);

        Assert.Equal(("--to", $"{Backup} exists already; a backup never overwrites a file: choose a new name"), (refused.Error?.Place?.Field, refused.Error?.Message.En));
        Assert.Equal("keep me", await File.ReadAllTextAsync(Backup, Ct));
    }

    [Fact]
    public async Task Restore_AFileThatIsNoBackup_RefusedAndNothingChanged()
    {
        await File.WriteAllTextAsync(Backup, "code,name\nC,测试市\n", Ct);

        var refused = await LedgerBackup.RestoreAsync(Target, Backup, force: true, "运维王", ct: Ct);

        Assert.Equal((Backup, "not a Luoshi backup: expected a SQLite file from luoshi backup --db or a pg_dump archive from luoshi backup --postgres"),
            (refused.Error?.Place?.File, refused.Error?.Message.En));
    }

    private static async Task<List<string>> AccountsAsync(StoreOptions store)
    {
        await using var ledger = await Ledger.OpenAsync(store, "test", ct: Ct);
        return [.. (await ledger.ListAccountsAsync(Ct)).Select(a => a.Login)];
    }
}

public sealed class SqliteBackupRestoreTests : BackupRestoreTests<SqliteTestDatabase>;

public sealed class PostgresBackupRestoreTests : BackupRestoreTests<PostgresTestDatabase>;
