using System.Globalization;
using System.Text;
using Luoshi.Storage;

namespace Luoshi.Cli.Tests.Crash;

/// <summary>kill -9 in the middle of a big import (issue 15): `luoshi households import` of 30,000 households is
/// killed at a different moment in each trial, on SQLite and on PostgreSQL; afterwards the ledger opens, holds either
/// none of the file or all of it (with its audit entry exactly when it holds it), and the same file then imports
/// whole. Two trials per database each run, 50 ms and 400 ms after the import is seen writing; the test output says
/// whether each was killed or had finished.</summary>
public sealed class KillDuringImportTests : IDisposable
{
    private const int Households = 30_000;
    private const string Units = "code,name,kind,parent,aliases\nC,测试市,city,,\nT1,大沙镇,town,C,\nV11,东升村,village,T1,\nV12,西江村,village,T1,\n";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-kill-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string, int> Trials => new() { { "sqlite", 50 }, { "sqlite", 400 }, { "postgres", 50 }, { "postgres", 400 } };

    [Theory]
    [MemberData(nameof(Trials))]
    public async Task Killed_import_leaves_all_or_nothing_and_the_file_imports_whole_afterwards(string database, int killAfterMs)
    {
        await using var db = await CrashDatabase.CreateAsync(database, _directory);
        Assert.Equal(0, CliRun.Luoshi(["units", "import", Write("units.csv", Units), .. db.Where]).ExitCode);
        var register = Register();
        const string Sql = "SELECT (SELECT COUNT(*) FROM households), (SELECT COUNT(*) FROM audit_entries WHERE action = 'household.import')";

        await db.KillAsync(["households", "import", register, "--as", "督查室王"], killAfterMs);

        await using (await Ledger.OpenAsync(db.Options, "check", ct: TestContext.Current.CancellationToken))
        {
            var counts = await db.CountAsync(Sql);
            Assert.True(counts[0] is 0 or Households, $"{counts[0]} households after the kill: neither none nor all");
            Assert.Equal(counts[0] == Households ? 1 : 0, counts[1]);
        }

        var again = CliRun.Luoshi(["households", "import", register, .. db.Where, "--as", "督查室王"]);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Equal(Households, (await db.CountAsync(Sql))[0]);
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
}
