using Luoshi.ReportParsing.Text;
using nietras.SeparatedValues;

namespace Luoshi.ReportParsing.Units;

/// <summary>The editable keyword → department table (就业 → 人力资源和社会保障局) used to suggest units for tasks
/// whose units the report does not name.</summary>
public sealed class DepartmentKeywordTable
{
    /// <summary>The file name of the table that ships beside the program.</summary>
    public const string DefaultFileName = "department-keywords.csv";

    private readonly (string Keyword, string Department)[] _entries;
    private readonly PhraseSet _keywords;
    private readonly Dictionary<string, string> _departmentOf;

    private DepartmentKeywordTable((string Keyword, string Department)[] entries)
    {
        _entries = entries;
        _keywords = new PhraseSet(entries.Select(e => e.Keyword));
        // A keyword listed twice keeps its first department, as the table is read top to bottom.
        _departmentOf = entries.DistinctBy(e => e.Keyword, StringComparer.Ordinal)
            .ToDictionary(e => e.Keyword, e => e.Department, StringComparer.Ordinal);
    }

    /// <summary>A table with no keywords: nothing is suggested.</summary>
    public static DepartmentKeywordTable Empty { get; } = new([]);

    /// <summary>The path of the table that ships beside the program.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Data", DefaultFileName);

    /// <summary>How many keyword rows the table holds.</summary>
    public int Count => _entries.Length;

    /// <summary>Reads a table from CSV with the columns <c>keyword,department</c>; rows whose keyword starts with # are
    /// comments. A bad row is reported with its line and nothing is returned.</summary>
    public static (DepartmentKeywordTable? Table, string? Error) Load(string path)
    {
        if (!File.Exists(path))
        {
            return (null, $"{path}: file not found");
        }

        try
        {
            return Read(path);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or KeyNotFoundException)
        {
            return (null, $"{path}: not a table with the columns keyword,department ({e.Message})");
        }
    }

    private static (DepartmentKeywordTable?, string?) Read(string path)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, Trim = SepTrim.All }).FromFile(path);
        if (!reader.Header.ColNames.Contains("keyword") || !reader.Header.ColNames.Contains("department"))
        {
            return (null, $"{path}, line 1: expected the header keyword,department");
        }

        var entries = new List<(string, string)>();
        foreach (var row in reader)
        {
            var keyword = Fold(row["keyword"].ToString());
            var department = row["department"].ToString();
            if (keyword.StartsWith('#') || (keyword.Length == 0 && department.Length == 0))
            {
                continue;
            }

            if (keyword.Length == 0 || department.Length == 0)
            {
                var field = keyword.Length == 0 ? "keyword" : "department";
                return (null, $"{path}, line {row.LineNumberFrom}, field {field}: expected a non-empty value");
            }

            entries.Add((keyword, department));
        }

        return (new DepartmentKeywordTable([.. entries]), null);
    }

    // Keywords are matched against folded text, so a keyword typed in full width still matches.
    private static string Fold(string keyword) =>
        string.Concat(keyword.Select(c => CharacterFolding.WidthAndScript[c]));

    /// <summary>Suggests units for a folded task text: the department with most keyword hits leads (the earliest
    /// hit breaks a tie), up to three others support.</summary>
    internal UnitAssignment Suggest(ReadOnlySpan<char> folded)
    {
        // Called once per sentence: a task names a handful of departments at most, so a short list in order of
        // first appearance does better than a dictionary and a sort.
        List<(string Department, int Count)>? hits = null;
        var offset = 0;
        while (offset < folded.Length)
        {
            var (at, keyword) = _keywords.Find(folded[offset..]);
            if (at < 0)
            {
                break;
            }

            AddHit(hits ??= [], _departmentOf[keyword]);
            offset += at + keyword.Length;
        }

        return hits is null ? UnitAssignment.None : Ranked(hits);
    }

    private static void AddHit(List<(string Department, int Count)> hits, string department)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].Department == department)
            {
                hits[i] = (department, hits[i].Count + 1);
                return;
            }
        }

        hits.Add((department, 1));
    }

    // Most hits first; among equals, the earliest first (an insertion sort is stable).
    private static UnitAssignment Ranked(List<(string Department, int Count)> hits)
    {
        for (var i = 1; i < hits.Count; i++)
        {
            var hit = hits[i];
            var j = i - 1;
            while (j >= 0 && hits[j].Count < hit.Count)
            {
                hits[j + 1] = hits[j];
                j--;
            }

            hits[j + 1] = hit;
        }

        var supporting = new List<string>(Math.Min(3, hits.Count - 1));
        for (var i = 1; i < hits.Count && supporting.Count < 3; i++)
        {
            supporting.Add(hits[i].Department);
        }

        return new UnitAssignment(hits[0].Department, supporting, Suggested: true);
    }
}
