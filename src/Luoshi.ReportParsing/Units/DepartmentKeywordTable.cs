using System.Buffers;
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
    private readonly SearchValues<string> _keywords;
    private readonly Dictionary<char, (string Keyword, string Department)[]> _byFirstChar;

    private DepartmentKeywordTable((string Keyword, string Department)[] entries)
    {
        _entries = entries;
        _keywords = SearchValues.Create(entries.Select(e => e.Keyword).Distinct().ToArray(), StringComparison.Ordinal);
        _byFirstChar = entries.GroupBy(e => e.Keyword[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Keyword.Length).ToArray());
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

    private (string Keyword, string Department) KeywordAt(ReadOnlySpan<char> text)
    {
        foreach (var entry in _byFirstChar[text[0]])
        {
            if (text.StartsWith(entry.Keyword, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        throw new InvalidOperationException("the keyword search matched no keyword");
    }

    /// <summary>Suggests units for a folded task text: the department with most keyword hits leads (the earliest
    /// hit breaks a tie), up to three others support.</summary>
    internal UnitAssignment Suggest(ReadOnlySpan<char> folded)
    {
        var hits = new Dictionary<string, (int Count, int First)>();
        var offset = 0;
        while (offset < folded.Length)
        {
            var at = folded[offset..].IndexOfAny(_keywords);
            if (at < 0)
            {
                break;
            }

            var position = offset + at;
            var (keyword, department) = KeywordAt(folded[position..]);
            hits[department] = hits.TryGetValue(department, out var h) ? (h.Count + 1, h.First) : (1, position);
            offset = position + keyword.Length;
        }

        if (hits.Count == 0)
        {
            return UnitAssignment.None;
        }

        var ranked = hits.OrderByDescending(h => h.Value.Count).ThenBy(h => h.Value.First).Select(h => h.Key).ToList();
        return new UnitAssignment(ranked[0], ranked.Skip(1).Take(3).ToList(), Suggested: true);
    }
}
