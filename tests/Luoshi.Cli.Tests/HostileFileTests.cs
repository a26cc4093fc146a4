using Luoshi.InputLimits.Tests;
using Luoshi.Storage;
using Microsoft.Data.Sqlite;

namespace Luoshi.Cli.Tests;

/// <summary>Hostile files given to every command that opens an .xlsx or .docx: each is refused with exit code 2 and a
/// message in the reader's language (Chinese, or English with LUOSHI_LANG=en) naming the file (and the entry, line and
/// column where there is one), nothing is stored, and the program's peak memory stays under 300 MB
/// (<see cref="MeasuredRun"/>).</summary>
public sealed class HostileFileTests(HostileFileTests.Files files) : IClassFixture<HostileFileTests.Files>
{
    private const long TwoGiB = 2L * 1024 * 1024 * 1024;

    /// <summary>The files, made once: a 2 MB workbook and a 2 MB document that unpack to 2 GiB, a document of a million
    /// paragraphs, a workbook with a DTD; and a ledger holding the sample plan, its units and a village register.</summary>
    public sealed class Files : IAsyncLifetime
    {
        public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("luoshi-hostile-").FullName;

        public string Db => System.IO.Path.Combine(Directory, "ledger.db");

        public string Path(string name) => System.IO.Path.Combine(Directory, name);

        public ValueTask InitializeAsync()
        {
            HostilePackages.BombWorkbook(Path("bomb.xlsx"), TwoGiB);
            HostilePackages.BombDocument(Path("bomb.docx"), TwoGiB);
            HostilePackages.Paragraphs(Path("million.docx"), 1_000_000);
            // 30,000 paragraphs of 100 characters (300 bytes of UTF-8 each): 9 MB of text, well within the package limits.
            HostilePackages.Paragraphs(Path("long.docx"), 30_000, string.Concat(Enumerable.Repeat("加快建设现代化产业体系推动高质量发展。", 5)) + new string('。', 5));
            HostilePackages.Workbook(Path("dtd.xlsx"), s => HostilePackages.Write(s,
                "<?xml version=\"1.0\"?>\n<!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<worksheet>&b;</worksheet>"));
            Assert.Equal(0, CliRun.Luoshi("import", CliRun.Sample, "--region", "四会市", "--year", "2022", "--db", Db).ExitCode);
            Assert.Equal(0, CliRun.Luoshi("units", "import", CliRun.Units, "--db", Db).ExitCode);
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            System.IO.Directory.Delete(Directory, recursive: true);
            return ValueTask.CompletedTask;
        }
    }

    private async Task<long> StampAsync()
    {
        await using var ledger = await Ledger.OpenAsync(StoreOptions.SqliteFile(files.Db), "test", ct: TestContext.Current.CancellationToken);
        return await ledger.ChangeStampAsync(TestContext.Current.CancellationToken);
    }

    private Task RefusedAsync(string expected, params string[] args) => RefusedInAsync("zh", expected, args);

    private async Task RefusedInAsync(string language, string expected, params string[] args)
    {
        var before = await StampAsync();

        var (exit, _, error, peak) = MeasuredRun.Luoshi(language, args);

        Assert.True(exit == ExitCodes.BadInput, $"exit {exit}: {error}");
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.True(peak < MeasuredRun.Bound, $"peak {peak / (1024 * 1024)} MB");
        Assert.Equal(before, await StampAsync());
        TestContext.Current.TestOutputHelper?.WriteLine($"{string.Join(' ', args.Take(3))}: peak {peak / (1024.0 * 1024):0} MB");
    }

    [Fact]
    public async Task Parse_DocxUnpackingToTwoGibibytes_RefusedWithExitTwoInBoundedMemory() =>
        await RefusedAsync($"luoshi parse: {files.Path("bomb.docx")}: 压缩包解压后至少 2 GiB，上限 64 MiB（疑似压缩炸弹），未读取\n",
            "parse", files.Path("bomb.docx"));

    [Fact]
    public async Task Parse_DocxOfAMillionParagraphs_RefusedWithExitTwoInBoundedMemory() =>
        await RefusedAsync($"luoshi parse: {files.Path("million.docx")}: word/document.xml：XML 元素超过 1000000 个上限，未读取\n",
            "parse", files.Path("million.docx"), "--year", "2022");

    [Fact]
    public async Task Parse_DocxWithMoreTextThanATxtMayHold_RefusedAsTooLong() =>
        await RefusedAsync($"luoshi parse: {files.Path("long.docx")}: 报告正文过长：8.6 MiB，上限 8 MiB，未读取\n",
            "parse", files.Path("long.docx"), "--year", "2022");

    [Fact]
    public async Task Import_DocxOfAMillionParagraphs_RefusedAndNoPlanStored() =>
        await RefusedAsync("word/document.xml：XML 元素超过 1000000 个上限",
            "import", files.Path("million.docx"), "--region", "某县", "--year", "2023", "--db", files.Db);

    [Fact]
    public async Task ProgressImport_WorkbookUnpackingToTwoGibibytes_RefusedAndNothingStored() =>
        await RefusedAsync("bomb.xlsx：压缩包解压后至少 2 GiB，上限 64 MiB（疑似压缩炸弹）",
            "progress", "import", files.Path("bomb.xlsx"), "--db", files.Db);

    [Fact]
    public async Task HouseholdsImport_WorkbookUnpackingToTwoGibibytes_RefusedAndNothingStored() =>
        await RefusedAsync("luoshi households import：bomb.xlsx：压缩包解压后至少 2 GiB",
            "households", "import", files.Path("bomb.xlsx"), "--db", files.Db);

    [Fact]
    public async Task VillagesImport_WorkbookUnpackingToTwoGibibytes_RefusedAndNothingStored() =>
        await RefusedAsync("luoshi villages import：bomb.xlsx：压缩包解压后至少 2 GiB",
            "villages", "import", files.Path("bomb.xlsx"), "--db", files.Db);

    [Fact]
    public async Task ProgressImport_SheetWithADtd_RefusedNamingTheEntryLineAndColumn() =>
        await RefusedAsync("dtd.xlsx，xl/worksheets/sheet1.xml，第 2 行，1 列：含有文档类型定义（DTD），不予读取",
            "progress", "import", files.Path("dtd.xlsx"), "--db", files.Db);

    [Fact]
    public async Task HouseholdsImport_SheetWithADtd_RefusedNamingTheEntryLineAndColumn() =>
        await RefusedAsync("dtd.xlsx，xl/worksheets/sheet1.xml，第 2 行，1 列：含有文档类型定义（DTD），不予读取",
            "households", "import", files.Path("dtd.xlsx"), "--db", files.Db);

    [Fact]
    public async Task ProgressImport_WorkbookUnpackingToTwoGibibytes_RefusedInEnglishWhenAskedFor() =>
        await RefusedInAsync("en", "bomb.xlsx: the package unpacks to at least 2 GiB, the limit is 64 MiB (a zip bomb?); not read",
            "progress", "import", files.Path("bomb.xlsx"), "--db", files.Db);

    [Fact]
    public async Task HouseholdsImport_SheetWithADtd_PlacedInEnglishWhenAskedFor() =>
        await RefusedInAsync("en", "dtd.xlsx, xl/worksheets/sheet1.xml, line 2, column 1: holds a document type definition (DTD), which is refused",
            "households", "import", files.Path("dtd.xlsx"), "--db", files.Db);

    [Fact]
    public async Task Parse_TextFileOverThirtyTwoMebibytes_RefusedBeforeReading()
    {
        var path = files.Path("huge.txt");
        await using (var stream = File.Create(path))
        {
            stream.SetLength(40L * 1024 * 1024); // sparse: nothing is written
        }

        await RefusedAsync($"luoshi parse: {path}: 文件过大：40 MiB，上限 32 MiB，未读取\n", "parse", path);
    }
}
