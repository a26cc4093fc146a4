using Luoshi.ReportParsing.Quantities;

namespace Luoshi.ReportParsing.Targets;

/// <summary>Cuts a clause that lists several amounts into one piece per amount: 新增国家级临床重点专科2个、省级临床重点专科10个
/// → 新增国家级临床重点专科2个 | 省级临床重点专科10个, and 建成5G基站800个和充电桩300个 → …800个 | 充电桩300个.</summary>
internal static class ListSegments
{
    /// <summary>The frame of quantities[index]: the words after the last separator before it (when a target or a
    /// qualifier came before it in the clause: 为全省65岁以上老年人、4.5万名干部) up to the first separator
    /// after it; without a separator it shares the clause.</summary>
    public static QuantityFrame Frame(string folded, Clause clause, List<Quantity> quantities, int index, int previousEnd, bool afterAmount)
    {
        var q = quantities[index];
        var start = Math.Max(previousEnd, clause.Start);
        var spanStart = clause.Start;
        if (afterAmount && Separator(folded, start, q.Start, first: false) is var separator and >= 0)
        {
            start = spanStart = separator + 1;
        }

        var end = clause.End;
        var spanEnd = clause.End;
        if (index + 1 < quantities.Count && Separator(folded, q.End, quantities[index + 1].Start, first: true) is var next and >= 0)
        {
            end = spanEnd = next;
        }

        return spanStart == clause.Start && spanEnd == clause.End
            ? new QuantityFrame(start, q.Start, end, clause.Start, clause.End)
            : new QuantityFrame(start, q.Start, end, spanStart, spanEnd) { IsListItem = true };
    }

    // 、 outside brackets separates items; without one, 和, 及 (or 以及) or 与 between two amounts does (新（改、扩）建 keeps its
    // 、, a word such as 人力资源和社会保障局 is never between two amounts, and 及以上 is a comparator).
    private static int Separator(string folded, int from, int to, bool first)
    {
        var comma = Find(folded, from, to, first, '、');
        return comma >= 0 ? comma : Find(folded, from, to, first, '和', '及', '与');
    }

    private static int Find(string folded, int from, int to, bool first, params ReadOnlySpan<char> separators)
    {
        var found = -1;
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            var c = folded[i];
            if (c is '(' or '（')
            {
                depth++;
            }
            else if (c is ')' or '）')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && separators.Contains(c) && !(c == '及' && i + 1 < to && folded[i + 1] == '以'))
            {
                // 以及 is one conjunction: the item before ends before 以, the item after starts after 及.
                var conjunctionStart = c == '及' && i > from && folded[i - 1] == '以' ? i - 1 : i;
                if (first)
                {
                    return conjunctionStart;
                }

                found = i;
            }
        }

        return found;
    }
}
