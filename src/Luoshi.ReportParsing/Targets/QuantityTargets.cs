using Luoshi.Domain.Plans;
using Luoshi.ReportParsing.Quantities;

namespace Luoshi.ReportParsing.Targets;

/// <summary>Turns the quantities of a clause into targets: decides kind and comparator, drops numbers that only
/// qualify something else (3个断面 in a rate target, 投资50亿元的项目), and cuts out the subject.</summary>
internal static class QuantityTargets
{
    private static readonly string[] IncreaseVerbs = ["增长", "增加", "提高", "提升", "上升", "上涨", "增速", "增幅"];
    private static readonly string[] DecreaseVerbs = ["下降", "降低", "减少", "压减", "缩减", "减排", "回落"];
    private static readonly string[] ShareEndings = ["率", "比例", "比重", "占比"];
    private static readonly string[] ComparatorFreePrefixes = ["", "约", "大约", "接近"];

    // Verbs that put a small Chinese-numeral count to work (办好十件实事); without one, 四个不摘 is a slogan.
    private static readonly string[] DeliveryVerbs =
    [
        "新增", "新建", "建成", "建设", "打造", "培育", "创建", "办好", "完成", "实施", "引进", "招引", "改造", "培训",
        "推出", "开工", "落地", "认定", "组建", "举办", "发放", "安置", "帮扶", "解决", "提供", "新培育", "新开工",
    ];

    // 5个方面 and 3大领域 describe how work is organised, not what it delivers.
    private static readonly string[] NonDeliverables = ["方面", "领域", "环节", "维度", "层面", "重点", "方向", "优势"];

    /// <summary>The targets stated by numbers in <paramref name="clause"/>.</summary>
    public static List<TargetCandidate> Find(SentenceContext sentence, Clause clause, List<Quantity> quantities)
    {
        var targets = new List<TargetCandidate>();
        var hasStatedTarget = quantities.Exists(q => q.Comparator is not null || q.Unit?.IsRate == true);
        var respective = RespectiveList.Find(sentence, clause, quantities);
        var previousEnd = clause.Start;
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = respective is not null && i < respective.Quantities.Count ? respective.Quantities[i] : quantities[i];
            if (QualifiesALaterAmount(sentence.Folded, clause, quantities, i))
            {
                continue; // 60岁以上农村老年人健康体检率达到80%以上: the age says whose rate it is
            }

            var frame = respective?.FrameOf(clause, i) ?? Segment(sentence.Folded, clause, quantities, i, previousEnd, targets.Count > 0);
            if (Classify(sentence, q, frame, hasStatedTarget) is { } target)
            {
                targets.Add(target);
                previousEnd = q.End;
            }
        }

        return targets;
    }

    // A listing with 、 gives each amount its own stretch: the words after the last 、 before it, up to the first 、
    // after it. Without a 、 the amount shares the clause with its neighbours.
    private static QuantityFrame Segment(string folded, Clause clause, List<Quantity> quantities, int index, int previousEnd, bool afterTarget)
    {
        var q = quantities[index];
        var start = Math.Max(previousEnd, clause.Start);
        var spanStart = clause.Start;
        if (afterTarget && ListSegments.LastSeparator(folded, start, q.Start) is var separator and >= 0)
        {
            start = spanStart = separator + 1;
        }

        var end = clause.End;
        var spanEnd = clause.End;
        if (index + 1 < quantities.Count && ListSegments.FirstSeparator(folded, q.End, quantities[index + 1].Start) is var next and >= 0)
        {
            end = spanEnd = next;
        }

        return spanStart == clause.Start && spanEnd == clause.End
            ? new QuantityFrame(start, q.Start, end, clause.Start, clause.End)
            : new QuantityFrame(start, q.Start, end, spanStart, spanEnd);
    }

    // An amount with 以上/以下 directly before a noun, in a clause that states another amount with a comparator or
    // a rate, describes that amount's population rather than promising anything itself.
    private static bool QualifiesALaterAmount(string folded, Clause clause, List<Quantity> quantities, int index)
    {
        var q = quantities[index];
        return q.Comparator is not null && q.Upper is null && q.Unit?.IsRate != true
            && NounFollows(folded.AsSpan(q.End, clause.End - q.End))
            && quantities.Skip(index + 1).Any(later => later.Comparator is not null || later.Unit?.IsRate == true);
    }

    private static TargetCandidate? Classify(SentenceContext s, Quantity q, QuantityFrame frame, bool clauseHasStatedTarget)
    {
        var folded = s.Folded;
        var suffix = folded.AsSpan(q.End, Math.Max(0, frame.End - q.End));
        if (suffix.StartsWith("的", StringComparison.Ordinal))
        {
            return null; // 总投资50亿元的项目: the amount describes the project
        }

        var prefixWord = folded.AsSpan(q.Start, q.NumberStart - q.Start);
        var before = frame.BeforeText(folded);
        var unit = q.Unit;
        if (unit?.IsRate == true && IsComparatorFree(prefixWord) && GrowthSign(before) is { } sign)
        {
            return Growth(s, q, frame, before, sign);
        }

        if (unit?.IsRate != true && q.Comparator is null)
        {
            var isCount = unit is { Countable: true } && decimal.IsInteger(q.Value);
            // 一批, 一个: a Chinese "one" without a comparator is an article, not an amount.
            if (clauseHasStatedTarget || (q.ChineseDigits && (q.Value == 1m || !EndsWithAny(before, DeliveryVerbs)))
                || (isCount && StartsWithAny(suffix, NonDeliverables)))
            {
                return null; // 3个断面 beside a rate target, 四个不摘, 5个方面
            }

            return Make(s, q, frame, isCount ? TargetKind.Count : TargetKind.Numeric, Comparator.AtLeast);
        }

        if (unit?.IsRate == true && (suffix.StartsWith("全覆盖", StringComparison.Ordinal)
            || (q.Value == 100m && before.EndsWith("覆盖率", StringComparison.Ordinal))))
        {
            var end = suffix.StartsWith("全覆盖", StringComparison.Ordinal) ? q.End + 3 : q.End;
            var subject = frame.Subject ?? SubjectText.From(s.Original, folded, frame.Start, frame.BeforeEnd);
            return new TargetCandidate(frame.SpanStart, frame.SpanEnd, TargetKind.Coverage, Comparator.Equal, 100m, null, "%",
                Subject(subject, s, frame, end));
        }

        var comparator = q.Comparator ?? (q.Value == 100m && unit?.IsRate == true ? Comparator.Equal : Comparator.AtLeast);
        var kind = unit?.IsRate == true && comparator is not (Comparator.AtMost or Comparator.About)
            && (EndsWithAny(before, ShareEndings) || NounFollows(suffix))
            ? TargetKind.Share
            : TargetKind.Numeric;
        return Make(s, q, frame, kind, comparator);
    }

    private static TargetCandidate Growth(SentenceContext s, Quantity q, QuantityFrame frame, ReadOnlySpan<char> before, int sign)
    {
        var subject = frame.Subject ?? SubjectText.From(s.Original, s.Folded, frame.Start, frame.BeforeEnd - VerbLength(before));
        var (value, upper) = sign > 0 || q.Upper is null ? (q.Value * sign, q.Upper * sign) : (-q.Upper!.Value, -q.Value);
        var comparator = q.Comparator switch
        {
            // A price rise stated bare (居民消费价格上涨3%) is a ceiling, like 涨幅控制在3%左右.
            null when sign > 0 && IsPrice(before) => Comparator.AtMost,
            null or Comparator.AtLeast => sign > 0 ? Comparator.AtLeast : Comparator.AtMost,
            Comparator.AtMost => sign > 0 ? Comparator.AtMost : Comparator.AtLeast,
            var other => other.Value,
        };
        return new TargetCandidate(frame.SpanStart, frame.SpanEnd, TargetKind.Growth, comparator, value, upper, q.Unit!.Text,
            Subject(subject, s, frame, q.End));
    }

    private static bool IsPrice(ReadOnlySpan<char> before) =>
        before.Contains("价格", StringComparison.Ordinal) || before.Contains("物价", StringComparison.Ordinal);

    private static TargetCandidate Make(SentenceContext s, Quantity q, QuantityFrame frame, TargetKind kind, Comparator comparator)
    {
        var subject = frame.Subject ?? SubjectText.From(s.Original, s.Folded, frame.Start, frame.BeforeEnd);
        var suffix = s.Folded.AsSpan(q.End, Math.Max(0, frame.End - q.End));
        // The noun after the amount is the subject when it says what is counted (1680个学位) or when the words
        // before are only a verb (完成100公里“四好农村路”提档升级).
        var suffixEnd = frame.Subject is null
            && ((kind is TargetKind.Share or TargetKind.Count && NounFollows(suffix))
                || (subject.Length <= 2 && (NounFollows(suffix) || suffix.StartsWith("“", StringComparison.Ordinal))))
            ? frame.End
            : q.End;
        var full = suffixEnd > q.End ? subject + s.Original[q.End..suffixEnd] : subject;
        return new TargetCandidate(frame.SpanStart, frame.SpanEnd, kind, comparator, q.Value, q.Upper, q.Unit?.Text,
            Subject(full, s, frame, suffixEnd));
    }

    // An empty subject (确保年内投入使用) borrows the target's own text.
    private static string Subject(string subject, SentenceContext s, QuantityFrame frame, int end) =>
        subject.Length > 0 ? subject : s.Original[frame.SpanStart..Math.Max(end, frame.SpanStart)].Trim();

    private static bool NounFollows(ReadOnlySpan<char> suffix) =>
        !suffix.IsEmpty && suffix[0] is >= '\u4E00' and <= '\u9FFF' && !StartsWithAny(suffix, ["和", "或", "及", "等", "的"]);

    private static bool IsComparatorFree(ReadOnlySpan<char> prefixWord)
    {
        foreach (var word in ComparatorFreePrefixes)
        {
            if (prefixWord.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    private static int? GrowthSign(ReadOnlySpan<char> before) =>
        EndsWithAny(before, IncreaseVerbs) ? 1 : EndsWithAny(before, DecreaseVerbs) ? -1 : null;

    private static int VerbLength(ReadOnlySpan<char> before)
    {
        foreach (var verb in IncreaseVerbs.Concat(DecreaseVerbs))
        {
            if (before.EndsWith(verb, StringComparison.Ordinal))
            {
                return verb.Length;
            }
        }

        return 0;
    }

    internal static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
