using Luoshi.ReportParsing.Quantities;

namespace Luoshi.ReportParsing.Targets;

/// <summary>One verb stated for several subjects with 分别 (respectively):
/// 城镇和农村居民人均可支配收入分别增长8%和8.5% → 城镇居民… ≥ 8%, 农村居民… ≥ 8.5%.</summary>
/// <param name="Quantities">The listed quantities (the clause's first ones), each with the comparator the list states.</param>
/// <param name="Subjects">One subject per listed quantity.</param>
/// <param name="Before">The words before the list with 分别 taken out (城镇和农村居民人均可支配收入增长).</param>
/// <param name="ListEnd">Where the last listed quantity ends.</param>
internal sealed record RespectiveList(IReadOnlyList<Quantity> Quantities, IReadOnlyList<string> Subjects, string Before, int ListEnd)
{
    private const string Respectively = "分别";
    private static readonly string[] Joiners = ["和", "、", "与", "及", ","];

    /// <summary>The 分别 list of the clause, or null when it has none.</summary>
    public static RespectiveList? Find(SentenceContext s, Clause clause, List<Quantity> quantities)
    {
        if (quantities.Count < 2)
        {
            return null;
        }

        var folded = s.Folded;
        var first = quantities[0];
        var at = folded.IndexOf(Respectively, clause.Start, first.Start - clause.Start, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var listed = new List<Quantity> { first };
        while (listed.Count < quantities.Count && IsJoiner(folded, listed[^1].End, quantities[listed.Count].Start))
        {
            var next = quantities[listed.Count];
            listed.Add(next with { Comparator = next.Comparator ?? first.Comparator, Unit = next.Unit ?? first.Unit });
        }

        if (listed.Count < 2)
        {
            return null;
        }

        var subject = SubjectText.From(s.Original, folded, clause.Start, at);
        var before = string.Concat(folded.AsSpan(clause.Start, at - clause.Start),
            folded.AsSpan(at + Respectively.Length, first.Start - at - Respectively.Length));
        return new RespectiveList(listed, Distribute(subject, listed.Count), before, listed[^1].End);
    }

    /// <summary>The frame of the quantity at <paramref name="index"/> when it is in this list.</summary>
    public QuantityFrame? FrameOf(Clause clause, int index) =>
        index < Quantities.Count
            ? new QuantityFrame(clause.Start, Quantities[0].Start, ListEnd, clause.Start, clause.End, Before, Subjects[index])
            : null;

    // 常住和户籍人口城镇化率 with two amounts: the modifiers 常住 and 户籍 share the head 人口城镇化率. Parallel
    // modifiers are nearly always two characters (城镇/农村, 市区/县城); with longer ones the head cannot be told
    // from the modifier without a dictionary, so each target keeps the whole subject for a person to split.
    private const int ModifierLength = 2;

    private static string[] Distribute(string subject, int count)
    {
        // 城乡 is itself a pair: 城乡居民收入分别增长6%和7% is about 城镇 and 农村 residents.
        if (count == 2 && subject.Length > 2 && subject[0] == '城' && subject[1] is '乡' or '鄉')
        {
            return subject[1] == '乡' ? ["城镇" + subject[2..], "农村" + subject[2..]] : ["城鎮" + subject[2..], "農村" + subject[2..]];
        }

        var parts = subject.Split(['和', '、', '与', '及']);
        var modifierLength = parts[0].Length;
        var parallel = parts.Length == count && modifierLength == ModifierLength
            && parts[..^1].All(p => p.Length == modifierLength) && parts[^1].Length > modifierLength;
        if (!parallel)
        {
            return Enumerable.Repeat(subject, count).ToArray();
        }

        var head = parts[^1][modifierLength..];
        return parts.Select(p => p[..modifierLength] + head).ToArray();
    }

    private static bool IsJoiner(string folded, int from, int to)
    {
        var between = folded.AsSpan(from, to - from).Trim();
        foreach (var joiner in Joiners)
        {
            if (between.SequenceEqual(joiner))
            {
                return true;
            }
        }

        return false;
    }
}
