namespace Luoshi.ReportParsing.Targets;

/// <summary>Cuts a clause that lists several amounts with 、 into one piece per amount:
/// 新增国家级临床重点专科2个、省级临床重点专科10个 → 新增国家级临床重点专科2个 | 省级临床重点专科10个.</summary>
internal static class ListSegments
{
    /// <summary>The position of the last 、 outside brackets in folded[from..to), or -1.</summary>
    public static int LastSeparator(string folded, int from, int to) => Find(folded, from, to, first: false);

    /// <summary>The position of the first 、 outside brackets in folded[from..to), or -1.</summary>
    public static int FirstSeparator(string folded, int from, int to) => Find(folded, from, to, first: true);

    // 新（改、扩）建: a 、 inside brackets lists alternatives of one word, not items.
    private static int Find(string folded, int from, int to, bool first)
    {
        var found = -1;
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            switch (folded[i])
            {
                case '(' or '（':
                    depth++;
                    break;
                case ')' or '）':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '、' when depth == 0:
                    if (first)
                    {
                        return i;
                    }

                    found = i;
                    break;
            }
        }

        return found;
    }
}
