using System.Globalization;

namespace Luoshi.ReportParsing.Quantities;

/// <summary>A number read from the text: its value, where it ends, and how it was written.</summary>
/// <param name="Chinese">Written in Chinese numerals (十五, 二百三十).</param>
/// <param name="Scaled">Arabic digits followed by 万 or 亿 (120万, 1.3万亿).</param>
internal readonly record struct Number(decimal Value, int End, bool Chinese, bool Scaled);

/// <summary>Reads Arabic (1,680, 5.5, 2千) and Chinese (二百三十) numbers.</summary>
internal static class NumberReader
{
    /// <summary>The number that starts at folded[i], or null.</summary>
    public static Number? Read(string folded, int i, int end)
    {
        if (i >= end)
        {
            return null;
        }

        if (char.IsAsciiDigit(folded[i]))
        {
            return ReadArabic(folded, i, end);
        }

        if (!ChineseNumeral.CanStart(folded[i]))
        {
            return null;
        }

        var (length, value) = ChineseNumeral.Read(folded.AsSpan(i, end - i));
        return length == 0 ? null : new Number(value, i + length, Chinese: true, Scaled: false);
    }

    /// <summary>The Arabic number at folded[i], with the scale characters after it; null for a name (5G) or noise.</summary>
    public static Number? ReadArabic(string folded, int i, int end)
    {
        var p = i;
        var digits = new System.Text.StringBuilder();
        while (p < end && char.IsAsciiDigit(folded[p]))
        {
            digits.Append(folded[p++]);
            // 1,680: a comma followed by exactly three digits groups thousands; any other comma ends a clause.
            if (p + 3 < end && folded[p] == ',' && IsDigits(folded, p + 1, 3) && !(p + 4 < end && char.IsAsciiDigit(folded[p + 4])))
            {
                p++;
            }
        }

        if (p + 1 < end && folded[p] == '.' && char.IsAsciiDigit(folded[p + 1]))
        {
            digits.Append('.');
            p++;
            while (p < end && char.IsAsciiDigit(folded[p]))
            {
                digits.Append(folded[p++]);
            }
        }

        if (p < end && char.IsAsciiLetter(folded[p]))
        {
            return null; // 5G, 3D: names, not amounts
        }

        if (!decimal.TryParse(digits.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || value > ChineseNumeral.MaxAmount)
        {
            return null; // a digit run longer than any amount: an identifier or noise
        }

        // 16 万名: a space typeset between the digits and their scale character.
        if (p + 1 < end && folded[p] == ' ' && folded[p + 1] is '万' or '亿')
        {
            p++;
        }

        var (scaleLength, scaled) = ChineseNumeral.ApplyScales(folded.AsSpan(p, end - p), value,
            offset => MeasureUnits.Match(folded.AsSpan(p + offset, end - p - offset)) is not null);
        var large = scaleLength > 0 && folded.AsSpan(p, scaleLength).IndexOfAny('万', '亿') >= 0;
        return scaled > ChineseNumeral.MaxAmount ? null
            : new Number(WithoutTrailingZeros(scaled), p + scaleLength, Chinese: false, Scaled: large);
    }

    // 1.3 × 10⁴ × 10⁸ keeps one decimal place (1300000000000.0); amounts are written without it.
    private static decimal WithoutTrailingZeros(decimal value) => value / 1.0000000000000000000000000000m;

    private static bool IsDigits(string text, int start, int count)
    {
        for (var k = start; k < start + count; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
