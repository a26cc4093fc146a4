using System.Globalization;
using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Tests.Golden.Corpus;

/// <summary>A target labelled by hand in <c>Fixtures/reports/labels/NAME.tsv</c>: words its text must contain
/// (<paramref name="Anchor"/>), what it must read, and words its subject must contain.</summary>
internal sealed record LabelledTarget(
    string Anchor, TargetKind Kind, Comparator Comparator, decimal? Value, decimal? Upper, string? Unit, string SubjectHas)
{
    /// <summary>The labels of the passage called <paramref name="name"/>.</summary>
    public static IReadOnlyList<LabelledTarget> Of(string name) =>
        File.ReadAllLines(ParsedReport.Fixture(Path.Combine(CorpusPassage.Directory, "labels", name + ".tsv")))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(Parse)
            .ToList();

    private static LabelledTarget Parse(string line)
    {
        var cells = line.Split('\t');
        Assert.Equal(7, cells.Length);
        return new LabelledTarget(
            cells[0],
            Enum.Parse<TargetKind>(cells[1].Replace("_", "", StringComparison.Ordinal), ignoreCase: true),
            ComparatorSymbols.FromSymbol(cells[2]) ?? throw new FormatException($"comparator {cells[2]} in {line}"),
            Number(cells[3]),
            Number(cells[4]),
            cells[5] == "-" ? null : cells[5],
            cells[6]);
    }

    private static decimal? Number(string cell) =>
        cell == "-" ? null : decimal.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);
}
