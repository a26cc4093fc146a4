using System.Buffers;
using System.Globalization;
using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Quantities;

/// <summary>Finds the numbers of a clause with their units and comparator words.</summary>
/// <remarks>A number counts only when a unit or a comparator word is attached to it: 三孩, 三年行动 and 2022年
/// carry neither. Numbers inside quotes (programme names such as “两个工程”) are skipped by the caller's ranges.</remarks>
internal static class QuantityScanner
{
    /// <summary>The quantities in folded[start..end), skipping the <paramref name="excluded"/> ranges.</summary>
    public static List<Quantity> Scan(string folded, int start, int end, IReadOnlyList<(int Start, int End)> excluded)
    {
        var found = new List<Quantity>();
        var nextExcluded = 0;
        var i = start;
        while (i < end)
        {
            while (nextExcluded < excluded.Count && excluded[nextExcluded].End <= i)
            {
                nextExcluded++;
            }

            if (nextExcluded < excluded.Count && excluded[nextExcluded].Start <= i)
            {
                i = excluded[nextExcluded].End;
                continue;
            }

            var quantity = TryRead(folded, start, i, end);
            if (quantity is null)
            {
                // Most characters cannot open a number: jump to the next one that can.
                var next = folded.AsSpan(i + 1, end - i - 1).IndexOfAny(NumberStarts);
                i = next < 0 ? end : i + 1 + next;
                continue;
            }

            found.Add(quantity);
            i = quantity.End;
        }

        return found;
    }

    // What TryRead can start at: a digit, a Chinese numeral that opens a number (ChineseNumeral.CanStart), 百分之.
    private static readonly SearchValues<char> NumberStarts = SearchValues.Create("0123456789十一二两三四五六七八九百");

    private static Quantity? TryRead(string folded, int clauseStart, int i, int end)
    {
        var c = folded[i];
        var previous = i > clauseStart ? folded[i - 1] : ' ';
        // 第3 is an ordinal; PM2.5 and G20 are names.
        if (previous == '第' || char.IsAsciiLetter(previous) || char.IsAsciiDigit(previous) || previous == '.')
        {
            return null;
        }

        var percentWord = folded.AsSpan(i, end - i).StartsWith("百分之", StringComparison.Ordinal);
        var numberStart = percentWord ? i + 3 : i;
        if (!percentWord && !char.IsAsciiDigit(c) && !ChineseNumeral.CanStart(c))
        {
            return null;
        }

        if (ReadNumber(folded, numberStart, end) is not { } first)
        {
            return null;
        }

        var position = first.End;
        var unit = percentWord ? PercentUnit : ReadUnit(folded, ref position, end) ?? SharedUnit(folded, position, end);
        var roughly = false;
        if (unit is null && position + 1 < end && folded[position] is '余' or '多')
        {
            // 2.1万余户, 300多个: "more than" sits between the number and its unit.
            var afterWord = position + 1;
            if (ReadUnit(folded, ref afterWord, end) is { } unitAfterWord)
            {
                (unit, position, roughly) = (unitAfterWord, afterWord, true);
            }
        }

        decimal? upper = null;
        if (ReadRangeEnd(folded, position, end) is { } range)
        {
            upper = range.Value;
            unit ??= range.Unit;
            position = range.End;
        }

        var (afterLength, after) = ComparatorWords.StartingAfter(folded.AsSpan(position, end - position));
        var vague = afterLength == 0 && position < end && folded[position] is '余' or '多';
        if (vague)
        {
            (afterLength, after) = (1, Comparator.AtLeast);
        }

        if (roughly && after is null)
        {
            after = Comparator.AtLeast;
        }

        var (beforeLength, before) = ComparatorWords.EndingBefore(folded.AsSpan(clauseStart, i - clauseStart));
        if (unit is null && after is null && before is null)
        {
            return null;
        }

        var comparator = upper is not null ? Comparator.Between : after ?? before;
        return new Quantity(i - beforeLength, position + afterLength, numberStart, first.Value, upper, unit, comparator,
            first.Chinese);
    }

    private static readonly MeasureUnit PercentUnit = new("%", Countable: false);

    private static MeasureUnit? ReadUnit(string folded, ref int position, int end)
    {
        var p = position;
        while (p < end && folded[p] == ' ')
        {
            p++;
        }

        var unit = MeasureUnits.Match(folded.AsSpan(p, end - p));
        if (unit is not null)
        {
            position = p + unit.Text.Length;
            // 4万套(间), 500人(次): a bracketed alternative unit belongs to the amount, not to what follows it.
            if (position + 2 < end && folded[position] == '(' && folded[position + 2] == ')' && IsHan(folded[position + 1]))
            {
                position += 3;
            }
        }

        return unit;
    }

    // 30、32、35微克/立方米 and 8和9个: the unit written once after a list of numbers belongs to each of them.
    private static MeasureUnit? SharedUnit(string folded, int position, int end)
    {
        for (var listed = 0; listed < 8 && position + 1 < end && folded[position] is '、' or '和'; listed++)
        {
            if (!char.IsAsciiDigit(folded[position + 1]) || ReadArabic(folded, position + 1, end) is not { } next)
            {
                return null;
            }

            position = next.End;
            var unitEnd = position;
            if (ReadUnit(folded, ref unitEnd, end) is { } unit)
            {
                return unit;
            }
        }

        return null;
    }

    private static (decimal Value, decimal? UpperValue, MeasureUnit? Unit, int End)? ReadRangeEnd(string folded, int position, int end)
    {
        if (position + 1 >= end || folded[position] is not ('-' or '~' or '至' or '到'))
        {
            return null;
        }

        if (ReadNumber(folded, position + 1, end) is not { } second)
        {
            return null;
        }

        var after = second.End;
        var unit = ReadUnit(folded, ref after, end);
        return (second.Value, null, unit, after);
    }

    private readonly record struct Number(decimal Value, int End, bool Chinese);

    private static Number? ReadNumber(string folded, int i, int end)
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
        return length == 0 ? null : new Number(value, i + length, Chinese: true);
    }

    private static Number? ReadArabic(string folded, int i, int end)
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

        var (scaleLength, scaled) = ChineseNumeral.ApplyScales(folded.AsSpan(p, end - p), value,
            offset => MeasureUnits.Match(folded.AsSpan(p + offset, end - p - offset)) is not null);
        return scaled > ChineseNumeral.MaxAmount ? null : new Number(WithoutTrailingZeros(scaled), p + scaleLength, Chinese: false);
    }

    // 1.3 × 10⁴ × 10⁸ keeps one decimal place (1300000000000.0); amounts are written without it.
    private static decimal WithoutTrailingZeros(decimal value) => value / 1.0000000000000000000000000000m;

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

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
