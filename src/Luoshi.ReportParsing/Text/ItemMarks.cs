using Luoshi.ReportParsing.Outline;

namespace Luoshi.ReportParsing.Text;

/// <summary>The marks that open a list item: bullets (●, ■, ——), numbers (1. （2） ③) and 一是、二是.</summary>
/// <remarks>They order a list; they are never part of what is promised, so tasks and subjects start after them.</remarks>
internal static class ItemMarks
{
    private const string Bullets = "●○■□◆◇▲△▼▽★☆•·▪▫►▶➢✓✔*";
    private const string ChineseDigits = "一二三四五六七八九十";

    /// <summary>The length of the item mark at folded[start], spaces after it included; 0 when there is none.</summary>
    public static int LengthAt(string folded, int start, int end)
    {
        var length = MarkLength(folded, start, end);
        if (length == 0)
        {
            return 0;
        }

        while (start + length < end && folded[start + length] == ' ')
        {
            length++;
        }

        return start + length < end ? length : 0;
    }

    /// <summary>True when folded[start] opens a bullet (●, ■, ——), which makes its line an item however it ends.</summary>
    public static bool IsBullet(string folded, int start, int end) => BulletLength(folded, start, end) > 0;

    private static int MarkLength(string folded, int start, int end)
    {
        if (start >= end)
        {
            return 0;
        }

        var bullet = BulletLength(folded, start, end);
        if (bullet > 0)
        {
            return bullet;
        }

        if (IsCircledNumber(folded[start]))
        {
            return 1;
        }

        // 一是、二是 … 十是 enumerate the items of one sentence.
        if (start + 1 < end && ChineseDigits.Contains(folded[start], StringComparison.Ordinal) && folded[start + 1] == '是')
        {
            return 2;
        }

        return HeadingMark.Read(folded, start, end) is { } mark ? mark.Length : 0;
    }

    // A dash opens an item only when words follow it (——全年…), never a negative number or a range.
    private static int BulletLength(string folded, int start, int end)
    {
        if (Bullets.Contains(folded[start], StringComparison.Ordinal))
        {
            return 1;
        }

        var dashes = 0;
        while (start + dashes < end && folded[start + dashes] == '-')
        {
            dashes++;
        }

        return dashes > 0 && start + dashes < end && !char.IsAsciiDigit(folded[start + dashes]) ? dashes : 0;
    }

    /// <summary>①–⑳, ⑴–⒇ and ⒈–⒛: numbers in a circle, in brackets or with a stop, written as one character.</summary>
    public static bool IsCircledNumber(char c) => c is >= '\u2460' and <= '\u249B';
}
