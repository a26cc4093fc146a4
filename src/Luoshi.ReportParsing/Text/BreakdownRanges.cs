namespace Luoshi.ReportParsing.Text;

/// <summary>Brackets that break a stated amount into parts, 改造12座（其中：1座四五类危桥、11座宽路窄桥）,
/// 36.575公里（含…6.7公里、…5.65公里）, or give the standard per person or month of what is promised, 发放高龄津贴
/// （每月不少于60元）. The parts restate the total and the standard details it; neither is a promise of its own.</summary>
internal static class BreakdownRanges
{
    private static readonly string[] Openers = ["其中", "含", "包括", "包含", "每"];

    /// <summary>Adds the breakdown brackets of folded[start..end), brackets included, to <paramref name="ranges"/>
    /// and keeps them in order.</summary>
    public static void AddTo(List<(int Start, int End)> ranges, string folded, int start, int end)
    {
        var added = false;
        for (var i = folded.IndexOf('(', start, end - start); i >= 0 && i + 1 < end; i = folded.IndexOf('(', i + 1, end - i - 1))
        {
            if (!OpensBreakdown(folded, i + 1, end))
            {
                continue;
            }

            var close = folded.IndexOf(')', i + 1, end - i - 1);
            ranges.Add((i, close < 0 ? end : close + 1));
            added = true;
            if (close < 0)
            {
                break;
            }
        }

        if (added)
        {
            ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private static bool OpensBreakdown(string folded, int i, int end)
    {
        foreach (var opener in Openers)
        {
            if (string.CompareOrdinal(folded, i, opener, 0, opener.Length) == 0 && i + opener.Length < end)
            {
                return true;
            }
        }

        return false;
    }
}
