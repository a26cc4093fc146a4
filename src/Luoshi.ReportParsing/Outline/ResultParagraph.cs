namespace Luoshi.ReportParsing.Outline;

/// <summary>A paragraph that reports last year's results rather than promising this year's: it opens with 初步统计,
/// 预计全年, 去年, 一年来 …, the way reports and the news that quotes them introduce figures already reached.</summary>
internal static class ResultParagraph
{
    private static readonly string[] Anywhere = ["初步统计", "初步核算", "据统计", "预计全年"];
    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。!?;");
    private static readonly string[] Openings = ["去年", "上年", "过去一年", "一年来", "过去五年", "五年来"];

    /// <summary>True when the first sentence of the paragraph folded[start..end) reports results.</summary>
    public static bool Opens(string folded, int start, int end)
    {
        var first = folded.AsSpan(start, end - start);
        var sentenceEnd = first.IndexOfAny(SentenceEnds);
        first = sentenceEnd < 0 ? first : first[..sentenceEnd];
        foreach (var opening in Openings)
        {
            if (first.StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var word in Anywhere)
        {
            if (first.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
