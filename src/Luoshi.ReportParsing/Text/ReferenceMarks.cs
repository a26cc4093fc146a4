namespace Luoshi.ReportParsing.Text;

/// <summary>Note marks inside the text: [12], [[1]], 〔3〕, ①, ¹. They point to a note and are never part of a subject
/// or an amount.</summary>
internal static class ReferenceMarks
{
    /// <summary>The length of the note mark at folded[i] (a bracketed number, a circled number, superscript digits), or 0.</summary>
    public static int LengthAt(string folded, int i, int end)
    {
        var c = folded[i];
        if (ItemMarks.IsCircledNumber(c))
        {
            return 1;
        }

        if (IsSuperscriptDigit(c))
        {
            var n = 1;
            while (i + n < end && IsSuperscriptDigit(folded[i + n]))
            {
                n++;
            }

            return n;
        }

        return c is '[' or '〔' or '【' ? BracketedNumber(folded, i, end) : 0;
    }

    // [12], [[1]], 〔3〕: brackets holding only digits.
    private static int BracketedNumber(string folded, int i, int end)
    {
        var open = 0;
        while (i + open < end && folded[i + open] is '[' or '〔' or '【')
        {
            open++;
        }

        var digits = 0;
        while (i + open + digits < end && char.IsAsciiDigit(folded[i + open + digits]))
        {
            digits++;
        }

        var close = 0;
        while (close < open && i + open + digits + close < end && folded[i + open + digits + close] is ']' or '〕' or '】')
        {
            close++;
        }

        return digits is > 0 and <= 3 && close == open ? open + digits + close : 0;
    }

    private static bool IsSuperscriptDigit(char c) => c is '¹' or '²' or '³' || c is >= '\u2070' and <= '\u2079';
}
