using Luoshi.Storage;
using Microsoft.Data.Sqlite;

namespace Luoshi.Cli.Tests;

/// <summary>A report text that yields no task is refused by <c>luoshi import</c> with exit code 2 and the reason, and
/// no plan is stored: an empty plan would hold the region's year and block the real report.</summary>
public sealed class EmptyReportImportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-empty-").FullName;

    private string Db => Path.Combine(_directory, "ledger.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<int> PlansAsync()
    {
        await using var ledger = await Ledger.OpenAsync(StoreOptions.SqliteFile(Db), "test", ct: TestContext.Current.CancellationToken);
        return (await ledger.ListPlansAsync(TestContext.Current.CancellationToken)).Count;
    }

    [Fact]
    public async Task Import_UnpunctuatedText_RefusedWithTheReasonAndNoPlanStored()
    {
        var path = Path.Combine(_directory, "无标点.txt");
        await File.WriteAllTextAsync(path, "二〇二三年政府工作报告\n各位代表\n现在我代表市人民政府向大会报告工作请予审议\n全面推进乡村振兴加快建设农业强市\n", TestContext.Current.CancellationToken);

        var (exit, output, error) = CliRun.Luoshi("import", path, "--region", "某县", "--year", "2023", "--db", Db);

        Assert.Equal((2, ""), (exit, output));
        Assert.Equal(
            $"luoshi import: {path}: 未识别出任何任务，未导入：全文 4 段、56 个字符中没有一个以句末标点（。！？；）结束的句子，而每项任务都是这样一句话；这不像一份政府工作报告（无标点或二进制文本）"
            + "（no task found, nothing imported: its 4 paragraph(s) and 56 characters hold no sentence ending in 。！？ or ；, and every task is such a sentence; this does not look like a work report）\n",
            error);
        Assert.Equal(0, await PlansAsync());
    }

    [Fact]
    public async Task Import_RefusedText_DoesNotBlockTheRealReportOfThatRegionAndYear()
    {
        var path = Path.Combine(_directory, "标题.txt");
        await File.WriteAllTextAsync(path, "2022年政府工作报告\n各位代表\n一、过去一年工作回顾\n二、2022年工作安排\n", TestContext.Current.CancellationToken);

        var refused = CliRun.Luoshi("import", path, "--region", "四会市", "--year", "2022", "--db", Db);
        var real = CliRun.Luoshi("import", CliRun.Sample, "--region", "四会市", "--year", "2022", "--db", Db);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("未识别出任何任务，未导入：全文 4 段、", refused.Error, StringComparison.Ordinal);
        Assert.True(real.ExitCode == 0, real.Error);
        Assert.Equal(1, await PlansAsync());
    }

    [Fact]
    public async Task Import_BinaryBytesWithoutNuls_RefusedWithExitTwoAndNoPlanStored()
    {
        var random = new Random(2023);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(0x80 | bytes[i]);
        }

        var path = Path.Combine(_directory, "binary.txt");
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);

        var (exit, _, error) = CliRun.Luoshi("import", path, "--region", "某县", "--year", "2023", "--db", Db);

        Assert.Equal(2, exit);
        Assert.StartsWith($"luoshi import: {path}: ", error, StringComparison.Ordinal);
        Assert.Equal(0, await PlansAsync());
    }
}
