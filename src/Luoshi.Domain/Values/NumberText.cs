using System.Globalization;

namespace Luoshi.Domain.Values;

/// <summary>A number as people type it into a file, a form or a command: ASCII or full-width digits (１２３), the
/// Chinese input methods' decimal marks (． 。 ｡) and minus signs (－ −), thousands separators in their places (1,234 or
/// 1，234), an exponent where a workbook stores one (1.5E-05), and with <c>percent</c> a trailing % or ％. Never
/// throws: text that is not a number, or one beyond a decimal's range (1e308), is refused.</summary>
public static class NumberText
{
    /// <summary>The longest text read as a number; anything longer is not one a person typed.</summary>
    public const int MaxLength = 64;

    /// <summary>True with the number when <paramref name="text"/> is one.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value, bool percent = false)
    {
        value = 0;
        text = text.Trim();
        if (text.IsEmpty || text.Length > MaxLength)
        {
            return false;
        }

        // Most numbers are plain ASCII ("1234.5"): read as they are, without folding a copy.
        if (IsPlain(text))
        {
            return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }

        Span<char> ascii = stackalloc char[text.Length];
        var length = 0;
        var groups = false;
        foreach (var c in text)
        {
            var a = Ascii(c);
            if (a == '\0')
            {
                return false;
            }

            groups |= a == ',';
            ascii[length++] = a;
        }

        var number = ascii[..length].Trim();
        if (percent && !number.IsEmpty && number[^1] == '%')
        {
            number = number[..^1].TrimEnd();
        }

        return (!groups || GroupsInPlace(number))
            && decimal.TryParse(number, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The number, or null when <paramref name="text"/> is not one.</summary>
    public static decimal? Parse(ReadOnlySpan<char> text, bool percent = false) => TryParse(text, out var value, percent) ? value : null;

    private static bool IsPlain(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is not (>= '0' and <= '9' or '.' or '-' or '+'))
            {
                return false;
            }
        }

        return true;
    }

    // Full-width forms and the marks Chinese input methods produce, folded to ASCII; '\0' for a character no number has.
    private static char Ascii(char c) => c switch
    {
        >= '0' and <= '9' or '.' or '-' or '+' or ',' or '%' or 'e' or 'E' or ' ' => c,
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        '．' or '。' or '｡' => '.',
        '－' or '−' or '﹣' => '-',
        '＋' => '+',
        '，' => ',',
        '％' => '%',
        'Ｅ' or 'ｅ' => 'e',
        '\u3000' or '\u00A0' => ' ',
        _ => '\0',
    };

    // A thousands separator stands every three digits of the whole part ("1,234,567"), never elsewhere ("1,5").
    private static bool GroupsInPlace(ReadOnlySpan<char> number)
    {
        var start = number.Length > 0 && number[0] is '-' or '+' ? 1 : 0;
        var end = number.IndexOfAny('.', 'e', 'E');
        var whole = number[start..(end < 0 ? number.Length : end)];
        if (whole.Contains(' '))
        {
            return false;
        }

        var digits = 0;
        for (var i = whole.Length - 1; i >= 0; i--)
        {
            if (whole[i] == ',')
            {
                if (digits != 3 || i == 0)
                {
                    return false;
                }

                digits = 0;
            }
            else
            {
                digits++;
            }
        }

        return digits is >= 1 and <= 3 || !whole.Contains(',');
    }
}
