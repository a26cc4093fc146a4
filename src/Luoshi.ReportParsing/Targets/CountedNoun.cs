using Luoshi.Domain.Plans;
using Luoshi.ReportParsing.Quantities;

namespace Luoshi.ReportParsing.Targets;

/// <summary>The noun after an amount that says what it counts (新增1680个学位, 建设100所公办幼儿园), and a unit the subject
/// itself ends in (服务人次达200万).</summary>
internal static class CountedNoun
{
    /// <summary>Where the noun after the amount is, when it belongs in the subject; null otherwise.</summary>
    /// <remarks>It does when it says what is counted (a count or a share followed by a noun) or when the words before the
    /// amount are only a verb (完成100公里“四好农村路”提档升级). A count followed by 的 still counts the noun after 的
    /// (维修更换37处的机泵).</remarks>
    public static (int Start, int End)? After(SentenceContext s, Quantity q, QuantityFrame frame, TargetKind kind, int subjectLength)
    {
        if (frame.Subject is not null || frame.End <= q.End)
        {
            return null;
        }

        var start = q.End;
        var counts = kind is TargetKind.Count or TargetKind.Share || q.Unit is { Countable: true };
        if (s.Folded[start] == '的' && counts)
        {
            start++;
        }

        var suffix = s.Folded.AsSpan(start, Math.Max(0, frame.End - start));
        var noun = StartsNoun(suffix);
        var takes = (counts && (noun || suffix.StartsWith("“", StringComparison.Ordinal)))
            || (subjectLength <= 2 && (noun || suffix.StartsWith("“", StringComparison.Ordinal)));
        return takes ? (start, NounEnd(s.Folded, start, frame.End)) : null;
    }

    // 建成凤林北路等6条市政道路、建成子午大道天桥: the noun ends where the next listed item opens with its own verb.
    private static int NounEnd(string folded, int start, int end)
    {
        for (var at = folded.IndexOf('、', start, end - start); at >= 0 && at + 1 < end; at = folded.IndexOf('、', at + 1, end - at - 1))
        {
            if (VerbWords.StartsWithVerb(folded.AsSpan(at + 1, end - at - 1)))
            {
                return at;
            }
        }

        return end;
    }

    private static readonly System.Buffers.SearchValues<char> RangeCharacters = System.Buffers.SearchValues.Create("0123456789.-~");

    /// <summary>True when a noun starts <paramref name="suffix"/>, also behind a qualifier such as 35-64岁 or 50户以上
    /// (为7万名35-64岁妇女免费做宫颈癌筛查).</summary>
    public static bool StartsNoun(ReadOnlySpan<char> suffix)
    {
        suffix = suffix.TrimStart(' ');
        if (!suffix.IsEmpty && char.IsAsciiDigit(suffix[0]))
        {
            var digits = suffix.IndexOfAnyExcept(RangeCharacters);
            var unitAt = digits < 0 ? suffix[suffix.Length..] : suffix[digits..].TrimStart(' ');
            if (digits > 0 && MeasureUnits.Match(unitAt) is { } unit)
            {
                var rest = unitAt[unit.Text.Length..];
                var (bound, _) = ComparatorWords.StartingAfter(rest);
                suffix = rest[bound..];
            }
        }

        return QuantityTargets.NounFollows(suffix);
    }

    private static readonly (string Ending, string Unit)[] Endings = [("人次", "人次"), ("人数", "人"), ("户数", "户"), ("个数", "个"), ("家数", "家")];

    /// <summary>The unit a subject ends in (…服务人次 → 人次, …参保人数 → 人), or null.</summary>
    public static string? UnitEnding(string foldedSubject)
    {
        foreach (var (ending, unit) in Endings)
        {
            if (foldedSubject.EndsWith(ending, StringComparison.Ordinal))
            {
                return unit;
            }
        }

        return null;
    }
}
