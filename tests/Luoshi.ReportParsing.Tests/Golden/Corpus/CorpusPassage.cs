using System.Globalization;

namespace Luoshi.ReportParsing.Tests.Golden.Corpus;

/// <summary>One real passage of the golden corpus as <c>Fixtures/reports/corpus.tsv</c> lists it.</summary>
internal sealed record CorpusPassage(string File, int Year, string Level, string Script, string Form)
{
    public const string Directory = "reports";

    /// <summary>The name its labels file goes by (the file name without extension).</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(File);

    /// <summary>Where the test run finds the file.</summary>
    public string FullPath => ParsedReport.Fixture(System.IO.Path.Combine(Directory, File));

    /// <summary>Every passage of the manifest, in its order.</summary>
    public static IReadOnlyList<CorpusPassage> All() =>
        System.IO.File.ReadAllLines(ParsedReport.Fixture(System.IO.Path.Combine(Directory, "corpus.tsv")))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(Parse)
            .ToList();

    private static CorpusPassage Parse(string line)
    {
        var cells = line.Split('\t');
        Assert.Equal(5, cells.Length);
        return new CorpusPassage(cells[0], int.Parse(cells[1], CultureInfo.InvariantCulture), cells[2], cells[3], cells[4]);
    }
}
