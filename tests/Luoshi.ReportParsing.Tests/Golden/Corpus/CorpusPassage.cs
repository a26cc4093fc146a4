using System.Globalization;

namespace Luoshi.ReportParsing.Tests.Golden.Corpus;

/// <summary>One real passage of the golden corpus as <c>Fixtures/reports/corpus.tsv</c> lists it.</summary>
/// <remarks><c>Set</c> says how the passage relates to the rules: <c>dev</c> (labelled first, rules written from it),
/// <c>tuned</c> (scored blind once, then rules changed from it) or <c>held-out</c> (no rule changed because of it).</remarks>
internal sealed record CorpusPassage(string File, int Year, string Level, string Script, string Form, string Set)
{
    public const string Directory = "reports";

    /// <summary>The sets a passage can belong to, in the order the score reports them.</summary>
    public static readonly string[] Sets = ["dev", "tuned", "held-out"];

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
        Assert.Equal(6, cells.Length);
        Assert.Contains(cells[5], Sets);
        return new CorpusPassage(cells[0], int.Parse(cells[1], CultureInfo.InvariantCulture), cells[2], cells[3], cells[4], cells[5]);
    }
}
