using Luoshi.Domain.Plans;
using Luoshi.ReportParsing.Drafts;
using Luoshi.ReportParsing.Input;
using Luoshi.ReportParsing.Units;

namespace Luoshi.ReportParsing.Tests;

/// <summary>Parses report text the way the command line does, for tests.</summary>
internal static class ParsedReport
{
    public static PlanDraft Of(string text, int year = 2024, DepartmentKeywordTable? departments = null) =>
        ReportParser.Parse(new ReportText("test.txt", text, "utf-8"), new ParseOptions(year, null, departments ?? DepartmentKeywordTable.Empty));

    /// <summary>Parses with explanations, as <c>luoshi parse --explain</c> does.</summary>
    public static PlanDraft Explained(string text, int year = 2024) =>
        ReportParser.Parse(new ReportText("test.txt", text, "utf-8"), new ParseOptions(year, null, DepartmentKeywordTable.Empty, Explain: true));

    /// <summary>(value, comparator symbol, unit, subject) of each target, in order.</summary>
    public static (decimal? Value, string Comparator, string? Unit, string Subject)[] Read(string text) =>
        Of(text).Targets.Select(t => (t.Value, t.Comparator.ToSymbol(), t.Unit, t.Subject)).ToArray();

    public static PlanDraft OfFixture(string relativePath, int year, DepartmentKeywordTable? departments = null) =>
        Of(File.ReadAllText(Fixture(relativePath)), year, departments);

    public static string Fixture(string relativePath) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath);

    /// <summary>The single target of a one-sentence report; fails when there is not exactly one.</summary>
    public static TargetDraft Single(string sentence, int year = 2024) => Assert.Single(Of(sentence, year).Targets);

    public static DepartmentKeywordTable ShippedKeywords()
    {
        var (table, error) = DepartmentKeywordTable.Load(DepartmentKeywordTable.DefaultPath);
        Assert.Null(error);
        return table!;
    }
}
