namespace Luoshi.Cli.Tests;

/// <summary>A user's mistake gets one line naming the file and the problem, exit code 2, never a stack trace.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("luoshi-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Parse_MissingFile_ExitsWithTwoAndOneLine()
    {
        var missing = Path.Combine(_dir, "missing.txt");

        var (code, output, error) = CliRun.Luoshi("parse", missing);

        Assert.Equal((2, "", $"luoshi parse: {missing}: file not found\n"), (code, output, error));
    }

    [Fact]
    public void Parse_UnknownFormat_ExitsWithTwo()
    {
        var (code, _, error) = CliRun.Luoshi("parse", CliRun.Sample, "--format", "xml");

        Assert.Equal(2, code);
        Assert.Contains("xml", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_YearOutOfRange_ExitsWithTwo()
    {
        var (code, _, error) = CliRun.Luoshi("parse", CliRun.Sample, "--year", "99999");

        Assert.Equal((2, "luoshi: --year: expected a year from 1949 to 2200\n"), (code, error));
    }

    [Fact]
    public void Parse_BrokenKeywordTable_NamesItsLine()
    {
        var table = Path.Combine(_dir, "keywords.csv");
        File.WriteAllText(table, "keyword,department\n就业,\n");

        var (code, _, error) = CliRun.Luoshi("parse", CliRun.Sample, "--departments", table);

        Assert.Equal((2, $"luoshi parse: {table}, line 2, field department: expected a non-empty value\n"), (code, error));
    }

    [Fact]
    public void Parse_NoYearInReportOrOptions_AssumesThisYearAndSaysSo()
    {
        var (code, output, error) = CliRun.Luoshi("parse", CliRun.Sample, "--format", "md");

        Assert.Equal(0, code);
        Assert.Equal($"luoshi parse: sihui-work-report-excerpt.txt names no plan year; assuming {DateTime.Today.Year} (set it with --year)\n", error);
        Assert.Contains($"{DateTime.Today.Year}年", output, StringComparison.Ordinal);
    }
}
