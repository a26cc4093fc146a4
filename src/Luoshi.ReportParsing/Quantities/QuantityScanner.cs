using System.Buffers;
using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Quantities;

/// <summary>Finds the numbers of a clause with their units and comparator words.</summary>
/// <remarks>A number counts only when a unit or a comparator word is attached to it, or when it is written with 万 or
/// 亿 (人口120万): 三孩, 三年行动 and 2022年 carry none. Numbers inside quotes (programme names such as “两个工程”) are
/// skipped by the caller's ranges.</remarks>
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

    /// <summary>True when the number at folded[i] is an ordinal, a name or part of one (第3, PM2.5, G20).</summary>
    public static bool IsNamePart(string folded, int clauseStart, int i)
    {
        var previous = i > clauseStart ? folded[i - 1] : ' ';
        return previous == '第' || char.IsAsciiLetter(previous) || char.IsAsciiDigit(previous) || previous == '.';
    }

    private static Quantity? TryRead(string folded, int clauseStart, int i, int end)
    {
        if (IsNamePart(folded, clauseStart, i))
        {
            return null;
        }

        var percentWord = folded.AsSpan(i, end - i).StartsWith("百分之", StringComparison.Ordinal);
        var numberStart = percentWord ? i + 3 : i;
        if ((!percentWord && !char.IsAsciiDigit(folded[i]) && !ChineseNumeral.CanStart(folded[i]))
            || NumberReader.Read(folded, numberStart, end) is not { } first
            || UnitAndRange(folded, i, first, percentWord, end) is not var (unitRead, upper, position))
        {
            return null;
        }

        var (afterLength, after) = AfterWord(folded, position, end, unitRead.Roughly);
        var (beforeLength, before) = ComparatorWords.EndingBefore(folded.AsSpan(clauseStart, i - clauseStart));
        var unit = unitRead.Unit;
        if ((unit is null && after is null && before is null && !first.Scaled) || (unit is null && ClassWord.Follows(folded, first.End, end)))
        {
            return null; // nothing says what is counted; or 达到一级A排放标准, where 一级 is a grade
        }

        return new Quantity(i - beforeLength, position + afterLength, numberStart, first.Value, upper, unit,
            upper is not null ? Comparator.Between : after ?? before, first.Chinese)
        {
            WordBeforeEnd = i,
            NumberEnd = first.End,
            UnitStart = unit is null ? -1 : unitRead.Start,
            UnitEnd = unit is null ? -1 : unitRead.UnitEnd,
            AfterWordStart = afterLength > 0 ? position : unitRead.Roughly ? unitRead.Start - 1 : -1,
            Scaled = first.Scaled,
        };
    }

    // The unit after the number (or after a range's second number) and where the amount ends; null when the unit makes
    // the number name a kind of thing (3人制, 20万吨级, 10千伏线路, 二次供水).
    private static (UnitRead Unit, decimal? Upper, int End)? UnitAndRange(string folded, int i, Number first, bool percentWord, int end)
    {
        var unitRead = percentWord ? new UnitRead(PercentUnit, i, i + 3, first.End) : UnitReader.At(folded, first.End, end);
        if (unitRead.Unit is { } unit
            && (ClassWord.Follows(folded, unitRead.End, end) || ClassWord.IsRating(unit) || ClassWord.IsOrdinalTerm(unit, first.Chinese)))
        {
            return null;
        }

        if (ReadRangeEnd(folded, unitRead.End, end) is not { } range)
        {
            return (unitRead, null, unitRead.End);
        }

        var unitOfRange = unitRead.Unit is null && range.Unit is not null ? new UnitRead(range.Unit, range.UnitStart, range.End, range.End) : unitRead;
        return (unitOfRange, range.Value, range.End);
    }

    // 以上, 左右 … after the amount; 余 or 多 standing alone after it (300多) means more than, as it does before a unit.
    private static (int Length, Comparator? Comparator) AfterWord(string folded, int position, int end, bool roughly)
    {
        var (length, after) = ComparatorWords.StartingAfter(folded.AsSpan(position, end - position));
        if (length == 0 && position < end && folded[position] is '余' or '多')
        {
            return (1, Comparator.AtLeast);
        }

        return (length, after ?? (roughly ? Comparator.AtLeast : null));
    }

    private static readonly MeasureUnit PercentUnit = new("%", Countable: false);

    private static (decimal Value, MeasureUnit? Unit, int UnitStart, int End)? ReadRangeEnd(string folded, int position, int end)
    {
        if (position + 1 >= end || folded[position] is not ('-' or '~' or '至' or '到'))
        {
            return null;
        }

        if (NumberReader.Read(folded, position + 1, end) is not { } second)
        {
            return null;
        }

        var unit = UnitReader.At(folded, second.End, end);
        return (second.Value, unit.Unit, unit.Start, unit.Unit is null ? second.End : unit.End);
    }
}
