using Luoshi.ReportParsing.Quantities;

namespace Luoshi.ReportParsing.Targets;

/// <summary>When a count written in Chinese numerals with no comparator word is a promised amount. Slogans use such
/// counts far more often than promises do (四个不摘, 三孩, 两个毫不动摇), so one needs a sign that it is an amount.</summary>
internal static class ChineseCount
{
    /// <summary>True when the bare Chinese-numeral count <paramref name="q"/> is an amount.</summary>
    public static bool IsAmount(string folded, Clause clause, Quantity q)
    {
        var before = folded.AsSpan(clause.Start, q.Start - clause.Start);
        if (q.Value == 1m)
        {
            // 一批, 一个: an article, unless a literal verb puts exactly one thing to work (提升改造一个工作站).
            return q.Unit is { Countable: true } && QuantityTargets.EndsWithAny(before, VerbWords.Literal) && NounAfter(folded, q, clause);
        }

        return q.Unit is { Countable: false }                                   // 新改建农村公路二百三十公里
            || QuantityTargets.EndsWithAny(before, VerbWords.Delivery)          // 建成十五个, 办好十件民生实事
            || (q.NumberEnd - q.NumberStart >= 2 && q.Value >= 10m)             // 二十个, 一百二十所: no slogan counts so high
            || SumsUpList(before, q.Value);                                     // 西苑小区、金鑫二小区、宏昌小区三所
    }

    // A count right after names listed with 、 that is exactly their number sums the list up.
    private static bool SumsUpList(ReadOnlySpan<char> before, decimal value)
    {
        var comma = before.LastIndexOf(',');
        var listed = before[(comma + 1)..];
        var separators = listed.Count('、');
        return separators > 0 && separators + 1 == value && QuantityTargets.IsHan(listed[^1]);
    }

    private static bool NounAfter(string folded, Quantity q, Clause clause) =>
        q.End < clause.End && QuantityTargets.IsHan(folded[q.End]) && folded[q.End] != '的';
}
