using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Quantities;

/// <summary>The words that state a comparator before a number (不低于, 控制在) or after it (以上, 以内, 左右).</summary>
internal static class ComparatorWords
{
    // Longest first, so 不超过 is found before 超过 and 超, and 达到 before 到. 超 and 逾 alone (新增市场主体超5000户,
    // 逾3万人) mean more than.
    private static readonly (string Word, Comparator Comparator)[] Before =
    [
        ("不低于", Comparator.AtLeast), ("不少于", Comparator.AtLeast), ("不小于", Comparator.AtLeast),
        ("不超过", Comparator.AtMost), ("不高于", Comparator.AtMost), ("不大于", Comparator.AtMost),
        ("不多于", Comparator.AtMost), ("控制在", Comparator.AtMost), ("保持在", Comparator.AtLeast),
        ("稳定在", Comparator.AtLeast), ("达到", Comparator.AtLeast), ("至少", Comparator.AtLeast),
        ("超过", Comparator.AtLeast), ("突破", Comparator.AtLeast), ("高于", Comparator.AtLeast),
        ("大于", Comparator.AtLeast), ("多于", Comparator.AtLeast), ("低于", Comparator.AtMost),
        ("少于", Comparator.AtMost), ("小于", Comparator.AtMost), ("压减至", Comparator.AtMost),
        ("压缩至", Comparator.AtMost), ("降至", Comparator.AtMost), ("降到", Comparator.AtMost),
        ("大约", Comparator.About), ("接近", Comparator.About), ("约", Comparator.About),
        ("达", Comparator.AtLeast), ("到", Comparator.AtLeast), ("超", Comparator.AtLeast), ("逾", Comparator.AtLeast),
    ];

    private static readonly (string Word, Comparator Comparator)[] After =
    [
        ("及以上", Comparator.AtLeast), ("以上", Comparator.AtLeast), ("之上", Comparator.AtLeast),
        ("及以下", Comparator.AtMost), ("以下", Comparator.AtMost), ("以内", Comparator.AtMost),
        ("之内", Comparator.AtMost), ("之下", Comparator.AtMost), ("左右", Comparator.About),
        ("上下", Comparator.About),
    ];

    /// <summary>The comparator word that ends <paramref name="text"/>, with its length.</summary>
    public static (int Length, Comparator? Comparator) EndingBefore(ReadOnlySpan<char> text)
    {
        foreach (var (word, comparator) in Before)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return (word.Length, comparator);
            }
        }

        return (0, null);
    }

    /// <summary>The comparator word that starts <paramref name="text"/>, with its length.</summary>
    public static (int Length, Comparator? Comparator) StartingAfter(ReadOnlySpan<char> text)
    {
        foreach (var (word, comparator) in After)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return (word.Length, comparator);
            }
        }

        return (0, null);
    }
}
