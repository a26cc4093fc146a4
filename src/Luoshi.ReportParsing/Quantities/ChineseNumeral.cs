namespace Luoshi.ReportParsing.Quantities;

/// <summary>Reads numbers written in Chinese numerals (十、两千、一百二十、三千万) and the scale characters
/// that follow Arabic digits (2千, 1.3万亿).</summary>
internal static class ChineseNumeral
{
    /// <summary>Larger than any amount a report states (1.3万亿 is 1.3 × 10¹²), small enough that a scale never overflows.</summary>
    public const decimal MaxAmount = 100_000_000_000_000_000_000m;

    /// <summary>The value of a digit character (零〇一二两三四五六七八九), or -1.</summary>
    public static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>The multiplier of a scale character (十百千万亿), or 0.</summary>
    public static decimal Scale(char c) => c switch
    {
        '十' => 10m,
        '百' => 100m,
        '千' => 1_000m,
        '万' => 10_000m,
        '亿' => 100_000_000m,
        _ => 0m,
    };

    /// <summary>True for a character that can open a Chinese number: a digit or 十 (十件 = 10).</summary>
    /// <remarks>百、千、万 alone open idioms (千家万户, 百姓), never a promised amount.</remarks>
    public static bool CanStart(char c) => c == '十' || (Digit(c) >= 0 && c is not ('零' or '〇'));

    /// <summary>Reads the Chinese number at the start of <paramref name="text"/>.</summary>
    /// <returns>The characters read and the value; zero characters when the run of numeral characters there is
    /// not one well-formed number (二〇二二 and 十四五 are a year and a name, not amounts).</returns>
    public static (int Length, decimal Value) Read(ReadOnlySpan<char> text)
    {
        decimal total = 0, section = 0, pending = 0;
        var hasPending = false;
        var length = 0;
        for (; length < text.Length; length++)
        {
            var c = text[length];
            var digit = Digit(c);
            var scale = Scale(c);
            if (digit == 0)
            {
                continue; // 一百零五: a zero only holds a place
            }

            if (digit > 0)
            {
                if (hasPending)
                {
                    return default;
                }

                (pending, hasPending) = (digit, true);
            }
            else if (scale is 10m or 100m or 1_000m)
            {
                // Only 十 may stand without a digit before it: 十件 = 10, 二十 = 20, but never 百件 alone.
                if (!hasPending && scale != 10m)
                {
                    return default;
                }

                section += (hasPending ? pending : 1) * scale;
                (pending, hasPending) = (0, false);
            }
            else if (scale > 0)
            {
                var part = section + pending;
                if ((part == 0 && total == 0) || total + part > MaxAmount)
                {
                    return default;
                }

                total = scale == 100_000_000m ? (total + part) * scale : total + (part * scale);
                (section, pending, hasPending) = (0, 0, false);
            }
            else
            {
                break;
            }
        }

        return (length, total + section + pending);
    }

    /// <summary>Applies the scale characters after an Arabic number (2千 → 2000, 1.3万亿 → 1.3e12).</summary>
    /// <returns>How many scale characters were read, and the scaled value.</returns>
    public static (int Length, decimal Value) ApplyScales(ReadOnlySpan<char> text, decimal value, Func<int, bool> unitStartsAt)
    {
        var length = 0;
        while (length < text.Length && Scale(text[length]) > 0 && !unitStartsAt(length))
        {
            if (value > MaxAmount)
            {
                break; // past any real amount; the caller rejects it, and another scale could overflow
            }

            value *= Scale(text[length]);
            length++;
        }

        return (length, value);
    }
}
