using System.Text.RegularExpressions;

namespace Luoshi.ReportParsing.Units;

/// <summary>Finds units the report names for a task: （责任单位：A、B）, （A牵头，B、C配合）, 由A、B负责落实. The first
/// unit named is the lead.</summary>
internal static partial class NamedUnits
{
    // Names of government bodies end in one of these (市财政局, 团市委, 各镇人民政府, 市委宣传部).
    private static readonly string[] BodySuffixes =
    [
        "局", "委", "办", "室", "院", "中心", "部", "厅", "署", "队", "站", "所", "公司", "集团", "政府", "会", "行",
        "处", "科", "街道", "镇", "乡", "社", "馆", "团", "区",
    ];

    /// <summary>The units named in folded[start..end) and where the naming phrase stands, or null.</summary>
    public static (UnitAssignment Units, int Start, int End)? Find(string original, string folded, int start, int end)
    {
        foreach (var pattern in new[] { Labelled(), LeadThenSupport(), ByResponsible() })
        {
            var match = pattern.Match(folded, start, end - start);
            while (match.Success)
            {
                var lead = Names(original, match.Groups["lead"]);
                var support = Names(original, match.Groups["support"]);
                if (lead.Count > 0)
                {
                    var supporting = lead.Skip(1).Concat(support).Distinct().ToList();
                    return (new UnitAssignment(lead[0], supporting, Suggested: false), match.Index, match.Index + match.Length);
                }

                match = match.NextMatch();
            }
        }

        return null;
    }

    private static List<string> Names(string original, Group group)
    {
        if (!group.Success)
        {
            return [];
        }

        var names = new List<string>();
        foreach (var part in original.Substring(group.Index, group.Length).Split(Separators, SplitOptions))
        {
            var name = part.EndsWith('等') ? part[..^1] : part;
            // 和 joins two bodies (财政局和农业局) but also sits inside one name (人力资源和社会保障局).
            var pieces = name.Split(Conjunctions, SplitOptions);
            if (pieces.Length > 1 && pieces.All(IsBodyName))
            {
                names.AddRange(pieces);
            }
            else if (IsBodyName(name))
            {
                names.Add(name);
            }
            else
            {
                return []; // a part that names no body: the phrase was not a list of units after all
            }
        }

        return names;
    }

    private static bool IsBodyName(string name) =>
        name.Length is >= 2 and <= 30 && BodySuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal));

    private const StringSplitOptions SplitOptions = StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries;
    private static readonly char[] Separators = ['、', ',', '，', '/', ' ', '　'];
    private static readonly char[] Conjunctions = ['和', '及', '与'];

    [GeneratedRegex(@"\(\s*(?:责任单位|牵头单位|责任部门|牵头部门)\s*:\s*(?<lead>[^;:)]+?)\s*(?:;\s*(?:配合单位|协办单位|参与单位|配合部门)\s*:\s*(?<support>[^)]+?)\s*)?\)")]
    private static partial Regex Labelled();

    [GeneratedRegex(@"\(\s*(?<lead>[^()]+?)牵头\s*(?:[,、;]\s*(?<support>[^()]+?)(?:配合|参与|协同|协办))?\s*\)")]
    private static partial Regex LeadThenSupport();

    [GeneratedRegex(@"由(?<lead>[^,;。由()]+?)(?:牵头负责|共同负责|具体负责|牵头|负责|承办)")]
    private static partial Regex ByResponsible();
}
