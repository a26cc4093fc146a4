namespace Luoshi.ReportParsing.Outline;

/// <summary>The numbering that opens a paragraph: 一、 (level 1), (一) (level 2), 1. or 1、 (level 3), (1) (level 4).</summary>
/// <param name="Length">How many characters the mark takes, separator included.</param>
internal readonly record struct HeadingMark(int Level, string Number, int Length)
{
    private const string ChineseDigits = "一二三四五六七八九十";

    /// <summary>Reads a mark at <paramref name="start"/> of the folded text, or returns null.</summary>
    public static HeadingMark? Read(string folded, int start, int end)
    {
        var span = folded.AsSpan(start, end - start);
        if (span.Length < 2)
        {
            return null;
        }

        if (span[0] == '(')
        {
            return ReadParenthesised(span);
        }

        if (span[0] == '第')
        {
            return ReadOrdinalPart(span);
        }

        var chinese = CountWhile(span, static c => ChineseDigits.Contains(c, StringComparison.Ordinal));
        if (chinese is > 0 and <= 3 && chinese < span.Length && span[chinese] == '、')
        {
            return new HeadingMark(1, span[..chinese].ToString(), chinese + 1);
        }

        var digits = CountWhile(span, char.IsAsciiDigit);
        if (digits is > 0 and <= 2 && digits + 1 < span.Length && span[digits] is '.' or '、'
            && !char.IsAsciiDigit(span[digits + 1]))
        {
            return new HeadingMark(3, span[..digits].ToString(), digits + 1);
        }

        return null;
    }

    /// <summary>The mark of the next item of a numbered list whose last item was <paramref name="previous"/>, when the
    /// item's text starts with digits: after 1., the line 2.50个小区新增充电设施 is item 2 of 50个, not 2.50.</summary>
    public static HeadingMark? NextInList(string folded, int start, int end, int previous)
    {
        var span = folded.AsSpan(start, end - start);
        var expected = (previous + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return previous > 0 && span.StartsWith(expected, StringComparison.Ordinal) && span.Length > expected.Length + 1
            && span[expected.Length] == '.' && char.IsAsciiDigit(span[expected.Length + 1])
            ? new HeadingMark(3, expected, expected.Length + 1)
            : null;
    }

    private static HeadingMark? ReadParenthesised(ReadOnlySpan<char> span)
    {
        var inner = span[1..];
        var chinese = CountWhile(inner, static c => ChineseDigits.Contains(c, StringComparison.Ordinal));
        if (chinese is > 0 and <= 3 && chinese < inner.Length && inner[chinese] == ')')
        {
            return new HeadingMark(2, inner[..chinese].ToString(), chinese + 2);
        }

        var digits = CountWhile(inner, char.IsAsciiDigit);
        if (digits is > 0 and <= 2 && digits < inner.Length && inner[digits] == ')')
        {
            return new HeadingMark(4, inner[..digits].ToString(), digits + 2);
        }

        return null;
    }

    // 第一部分 / 第二章: some reports number their top-level parts this way.
    private static HeadingMark? ReadOrdinalPart(ReadOnlySpan<char> span)
    {
        var chinese = CountWhile(span[1..], static c => ChineseDigits.Contains(c, StringComparison.Ordinal));
        var after = 1 + chinese;
        if (chinese is 0 or > 3 || after + 1 >= span.Length)
        {
            return null;
        }

        var word = span[after..];
        var wordLength = word.StartsWith("部分") ? 2 : word.StartsWith("章") ? 1 : 0;
        if (wordLength == 0)
        {
            return null;
        }

        var length = after + wordLength;
        while (length < span.Length && span[length] is ' ' or '、' or ':')
        {
            length++;
        }

        return new HeadingMark(1, span[1..after].ToString(), length);
    }

    private static int CountWhile(ReadOnlySpan<char> span, Func<char, bool> predicate)
    {
        var n = 0;
        while (n < span.Length && predicate(span[n]))
        {
            n++;
        }

        return n;
    }
}
