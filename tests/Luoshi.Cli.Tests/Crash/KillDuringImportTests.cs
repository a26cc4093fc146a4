using System.Diagnostics;
using System.Globalization;
using System.Text;
using Luoshi.Storage;
using Npgsql;

namespace Luoshi.Cli.Tests.Crash;

/// <summary>kill -9 in the middle of a big import (issue 15): `luoshi households import` of 30,000 households is
/// killed at a different moment in each trial, on SQLite and on PostgreSQL; afterwards the ledger opens, holds either
/// none of the file or all of it (with its audit entry exactly when it holds it), and the same file then imports
/// whole. Two trials per database each run, at 0.8 s and 1.6 s after the start; the test output says whether each was killed or had finished.</summary>
public sealed class KillDuringImportTests : IDisposable
{
    private const int Households = 30_000;
    private const string Units = "code,name,kind,parent,aliases\nC,测试市,city,,\nT1,大沙镇,town,C,\nV11,东升村,village,T1,\nV12,西江村,village,T1,\n";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-kill-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string, int> Trials => new() { { "sqlite", 800 }, { "sqlite", 1600 }, { "postgres", 800 }, { "postgres", 1600 } };

    [Theory]
    [MemberData(nameof(Trials))]
    public async Task Killed_import_leaves_all_or_nothing_and_the_file_imports_whole_afterwards(string database, int killAfterMs)
    {
        var (where, options, drop) = await DatabaseAsync(database);
        try
        {
            Assert.Equal(0, CliRun.Luoshi(["units", "import", Write("units.csv", Units), .. where]).ExitCode);
            var register = Register();

            using (var process = Process.Start(CliRun.StartInfo(["households", "import", register, .. where, "--as", "督查室王"]))!)
            {
                var finished = process.WaitForExit(killAfterMs);
                if (!finished)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync(TestContext.Current.CancellationToken);
                }

                TestContext.Current.TestOutputHelper?.WriteLine(finished ? "the import had finished before the kill" : $"killed after {killAfterMs} ms");
            }

            await using (var ledger = await Ledger.OpenAsync(options, "check", ct: TestContext.Current.CancellationToken))
            {
                var (households, audited) = await CountAsync(options);
                Assert.True(households is 0 or Households, $"{households} households after the kill: neither none nor all");
                Assert.Equal(households == Households ? 1 : 0, audited);
            }

            var again = CliRun.Luoshi(["households", "import", register, .. where, "--as", "督查室王"]);
            Assert.True(again.ExitCode == 0, again.Error);
            Assert.Equal(Households, (await CountAsync(options)).Households);
        }
        finally
        {
            await drop();
        }
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    // Valid GB 11643 identity numbers: region 440784, a birth day per thousand households, a sequence, the MOD 11-2 check.
    private string Register()
    {
        var text = new StringBuilder("household,village,head,id_number,year,income,members,risks,source,hardship_on\n");
        var born = new DateOnly(1950, 1, 1);
        for (var i = 0; i < Households; i++)
        {
            var body = $"440784{born.AddDays(i / 900):yyyyMMdd}{i % 900 + 100:000}";
            text.Append(CultureInfo.InvariantCulture, $"H{i:000000},{(i % 2 == 0 ? "V11" : "V12")},户主{i},{body}{Check(body)},2021,{6000 + (i % 5000)}.50,,,,\n");
        }

        return Write("households.csv", text.ToString());
    }

    private static char Check(string body)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * Weights[i];
        }

        return "10X98765432"[sum % 11];
    }

    private async Task<(string[] Where, StoreOptions Options, Func<Task> Drop)> DatabaseAsync(string kind)
    {
        if (kind == "sqlite")
        {
            var file = Path.Combine(_directory, "ledger.db");
            return (["--db", file], StoreOptions.SqliteFile(file), () => Task.CompletedTask);
        }

        var server = Environment.GetEnvironmentVariable("LUOSHI_TEST_POSTGRES");
        Assert.False(string.IsNullOrWhiteSpace(server), "LUOSHI_TEST_POSTGRES is not set: run ./test, which starts the PostgreSQL server");
        var name = $"luoshi_kill_{Guid.NewGuid():N}"[..40];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return (["--postgres", connection], new StoreOptions(StoreProvider.Postgres, connection), async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            // The killed client's server process may still be finishing its statement; it ends on its own, and the
            // test role may not terminate it, so the drop waits for it (the server is the test run's own, discarded after).
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\"", admin);
                    await drop.ExecuteNonQueryAsync();
                    return;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 40)
                {
                    await Task.Delay(500);
                }
            }
        });
    }

    private static async Task<(long Households, long Audited)> CountAsync(StoreOptions options)
    {
        const string Sql = "SELECT (SELECT COUNT(*) FROM households), (SELECT COUNT(*) FROM audit_entries WHERE action = 'household.import')";
        if (options.Provider == StoreProvider.Sqlite)
        {
            await using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={options.ConnectionString["Data Source=".Length..]}");
            await sqlite.OpenAsync();
            await using var command = new Microsoft.Data.Sqlite.SqliteCommand(Sql, sqlite);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return (reader.GetInt64(0), reader.GetInt64(1));
        }

        await using var pg = new NpgsqlConnection(options.ConnectionString);
        await pg.OpenAsync();
        await using var pgCommand = new NpgsqlCommand(Sql, pg);
        await using var pgReader = await pgCommand.ExecuteReaderAsync();
        await pgReader.ReadAsync();
        return (pgReader.GetInt64(0), pgReader.GetInt64(1));
    }
}
