using System.Globalization;
using System.Text;
using Luoshi.ReportParsing.Input;
using Luoshi.ReportParsing.Units;

namespace Luoshi.ReportParsing.Tests.Golden.Corpus;

/// <summary>The parser against every passage of the golden corpus and its hand labels (Fixtures/reports/SOURCES.md):
/// at least 95% of labelled targets found with value, comparator and unit right, and fewer than one false target per
/// twenty true ones. The table per passage, every miss and every false target are written to the test output and to
/// corpus-score.md beside the test assembly.</summary>
public sealed class CorpusScoreTests
{
    private static readonly IReadOnlyList<PassageScore> Scores = CorpusPassage.All().Select(Score).ToList();

    [Fact]
    public void Corpus_HasAtLeast25PassagesCoveringEveryLevelScriptAndForm()
    {
        var passages = CorpusPassage.All();

        Assert.True(passages.Count >= 25, $"{passages.Count} passages");
        Assert.Subset(passages.Select(p => p.Level).ToHashSet(), new HashSet<string> { "province", "prefecture", "county", "district" });
        Assert.Equal(new HashSet<string> { "simplified", "traditional" }, passages.Select(p => p.Script).ToHashSet());
        Assert.Subset(passages.Select(p => p.Form).ToHashSet(), new HashSet<string> { "utf-8", "gbk", "docx" });
        Assert.Subset(passages.Select(p => p.Year).ToHashSet(), Enumerable.Range(2015, 12).ToHashSet());
    }

    [Fact]
    public void Parse_Corpus_FindsAtLeast95PercentOfLabelledTargetsRight()
    {
        var labelled = Scores.Sum(s => s.Labelled);
        var found = Scores.Sum(s => s.Found);
        var report = $"{Table(Scores)}\n{Misses(Scores)}\n{Falses(Scores)}\n";
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "corpus-score.md"), report);
        TestContext.Current.TestOutputHelper?.WriteLine(report);

        Assert.True(found * 100 >= labelled * 95, $"{found} of {labelled} labelled targets found right\n{Misses(Scores)}");
    }

    [Fact]
    public void Parse_Corpus_GivesFewerThanOneFalseTargetPerTwentyTrueOnes()
    {
        var found = Scores.Sum(s => s.Found);
        var falseTargets = Scores.Sum(s => s.False.Count);

        Assert.True(falseTargets * 20 < found, $"{falseTargets} false targets beside {found} true ones\n{Falses(Scores)}");
    }

    private static PassageScore Score(CorpusPassage passage)
    {
        var read = ReportReader.Read(passage.FullPath);
        Assert.True(read.Succeeded, passage.File);
        var plan = ReportParser.Parse(read.Report, new ParseOptions(passage.Year, null, DepartmentKeywordTable.Empty));
        return PassageScore.Of(passage, LabelledTarget.Of(passage.Name), plan.Targets);
    }

    /// <summary>The per-passage table in Markdown.</summary>
    internal static string Table(IReadOnlyList<PassageScore> scores)
    {
        var table = new StringBuilder("| passage | set | level | year | labelled | found right | false | kind right | subject right |\n|---|---|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var s in scores)
        {
            table.Append(CultureInfo.InvariantCulture,
                $"| {s.Passage.Name} | {s.Passage.Set} | {s.Passage.Level} | {s.Passage.Year} | {s.Labelled} | {s.Found} | {s.False.Count} | {s.KindRight} | {s.SubjectRight} |\n");
        }

        foreach (var set in CorpusPassage.Sets)
        {
            Total(table, $"{set} ({scores.Count(s => s.Passage.Set == set)})", scores.Where(s => s.Passage.Set == set).ToList());
        }

        Total(table, $"all {scores.Count}", scores);
        return table.ToString();
    }

    private static void Total(StringBuilder table, string name, IReadOnlyList<PassageScore> scores)
    {
        var labelled = scores.Sum(s => s.Labelled);
        var found = scores.Sum(s => s.Found);
        var share = labelled == 0 ? 0 : 100.0 * found / labelled;
        table.Append(CultureInfo.InvariantCulture,
            $"| **{name}** | | | | {labelled} | {found} ({share:0.0}%) | {scores.Sum(s => s.False.Count)} | {scores.Sum(s => s.KindRight)} | {scores.Sum(s => s.SubjectRight)} |\n");
    }

    internal static string Misses(IReadOnlyList<PassageScore> scores) => string.Join('\n', scores.SelectMany(s =>
        s.Missed.Select(m => $"missed {s.Passage.Name}: {m.Anchor} {m.Comparator} {m.Value} {m.Unit}")
            .Concat(s.Misread.Select(t => $"  misread {s.Passage.Name}: {t.Text} → {t.Comparator} {t.Value} {t.Upper} {t.Unit}"))
            .Concat(s.SubjectWrong.Select(w => $"subject {s.Passage.Name}: {w.Target.Subject} (should hold {w.Label.SubjectHas})"))));

    internal static string Falses(IReadOnlyList<PassageScore> scores) => string.Join('\n', scores.SelectMany(s =>
        s.False.Select(t => $"false {s.Passage.Name}: {t.Text} → {t.Kind} {t.Comparator} {t.Value} {t.Unit} [{t.Subject}]")));
}
