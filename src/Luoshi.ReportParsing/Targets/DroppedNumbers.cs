using Luoshi.ReportParsing.Drafts;
using Luoshi.ReportParsing.Quantities;
using Luoshi.ReportParsing.Text;

namespace Luoshi.ReportParsing.Targets;

/// <summary>Gives every number of a sentence that no target used its reason, for explanations. Runs only when they
/// are asked for: reading without them never comes here.</summary>
internal static class DroppedNumbers
{
    /// <summary>Records every Arabic number of folded[start..end) with one reason (a sentence that reports a result).</summary>
    public static void All(SentenceContext s, int start, int end, DropReason reason)
    {
        if (s.Log is not { } log)
        {
            return;
        }

        foreach (var (numberStart, numberEnd) in Numbers(s.Folded, start, end))
        {
            log.Drop(numberStart, numberStart, numberEnd, reason);
        }
    }

    /// <summary>Records the Arabic numbers of folded[start..end) that neither a target nor a reason has claimed.</summary>
    public static void Rest(SentenceContext s, int start, int end, List<(int Start, int End)> excluded)
    {
        if (s.Log is not { } log)
        {
            return;
        }

        foreach (var (numberStart, numberEnd) in Numbers(s.Folded, start, end))
        {
            if (!log.Decided(numberStart))
            {
                log.Drop(numberStart, numberStart, Math.Min(end, numberEnd + 1), Why(s.Folded, start, numberStart, numberEnd, excluded));
            }
        }
    }

    private static DropReason Why(string folded, int sentenceStart, int start, int end, List<(int Start, int End)> excluded)
    {
        foreach (var (from, to) in excluded)
        {
            if (start >= from && start < to)
            {
                return folded[from] == '(' ? DropReason.Breakdown : DropReason.Quoted;
            }
        }

        var next = end < folded.Length ? folded[end] : ' ';
        return start > sentenceStart && ReferenceMarks.LengthAt(folded, start - 1, folded.Length) > 0 ? DropReason.Reference
            : start > sentenceStart && folded[start - 1] == '第' ? DropReason.Ordinal
            : QuantityScanner.IsNamePart(folded, sentenceStart, start) || char.IsAsciiLetter(next) ? DropReason.Name
            : next is '年' or '月' or '日' or '季' or '时' ? DropReason.Time
            : IsClass(folded, end) ? DropReason.Class
            : DropReason.NoUnit;
    }

    // 一级A, 3人制, 10千伏: the grade or format follows the number or its unit.
    private static bool IsClass(string folded, int end)
    {
        if (ClassWord.Follows(folded, end, folded.Length))
        {
            return true;
        }

        var unit = MeasureUnits.Match(folded.AsSpan(end));
        return unit is not null && (ClassWord.IsRating(unit) || ClassWord.Follows(folded, end + unit.Text.Length, folded.Length));
    }

    // The runs of Arabic digits (with a decimal point) of folded[start..end).
    private static IEnumerable<(int Start, int End)> Numbers(string folded, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            if (!char.IsAsciiDigit(folded[i]))
            {
                i++;
                continue;
            }

            var runStart = i;
            while (i < end && (char.IsAsciiDigit(folded[i]) || (folded[i] is '.' or ',' && i + 1 < end && char.IsAsciiDigit(folded[i + 1]))))
            {
                i++;
            }

            yield return (runStart, i);
        }
    }
}
