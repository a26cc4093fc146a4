using Luoshi.Domain.Plans;
using Luoshi.ReportParsing.Drafts;
using Luoshi.ReportParsing.Quantities;

namespace Luoshi.ReportParsing.Targets;

/// <summary>Turns the quantities of a clause into targets: decides kind and comparator, leaves out numbers that promise
/// nothing themselves (<see cref="NotPromised"/>), and cuts out each target's subject.</summary>
internal static class QuantityTargets
{
    private static readonly string[] IncreaseVerbs = ["增长", "增加", "提高", "提升", "上升", "上涨", "增速", "增幅"];
    private static readonly string[] DecreaseVerbs = ["下降", "降低", "减少", "压减", "缩减", "减排", "回落"];
    private static readonly string[] ShareEndings = ["率", "比例", "比重", "占比"];
    private static readonly string[] ComparatorFreePrefixes = ["", "约", "大约", "接近"];

    /// <summary>The targets stated by numbers in <paramref name="clause"/>.</summary>
    public static List<TargetCandidate> Find(SentenceContext sentence, Clause clause, List<Quantity> quantities, SentenceMemory memory)
    {
        var targets = new List<TargetCandidate>();
        var reasons = NotPromised.Reasons(sentence.Folded, clause, quantities, memory.InBreakdown);
        var respective = RespectiveList.Find(sentence, clause, quantities);
        var previousEnd = clause.Start;
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = respective is not null && i < respective.Quantities.Count ? respective.Quantities[i] : quantities[i];
            if (reasons[i] is { } reason)
            {
                sentence.Log?.Drop(q.NumberStart, q.Start, q.End, reason);
                continue;
            }

            var frame = respective?.FrameOf(clause, i)
                ?? ListSegments.Frame(sentence.Folded, clause, quantities, i, previousEnd,
                    afterAmount: targets.Count > 0 || (i > 0 && reasons[i - 1] == DropReason.Qualifier));
            var target = Classify(sentence, q, frame, memory);
            if (respective?.FrameOf(clause, i) is not null && target.ComparatorRule is ExplainRule.WordBefore or ExplainRule.WordAfter
                && quantities[i].Comparator is null)
            {
                target = target with { ComparatorRule = ExplainRule.SharedByList };
            }

            targets.AddRange(SharedAmount.Split(target));
            memory.LastTarget = target;
            previousEnd = q.End;
        }

        return targets;
    }

    private static TargetCandidate Classify(SentenceContext s, Quantity q, QuantityFrame frame, SentenceMemory memory)
    {
        var folded = s.Folded;
        var suffix = folded.AsSpan(q.End, Math.Max(0, frame.End - q.End));
        var before = frame.BeforeText(folded);
        var unit = q.Unit;
        if (unit?.IsRate == true && IsComparatorFree(folded.AsSpan(q.Start, q.WordBeforeEnd - q.Start)) && GrowthSign(before) is { } sign)
        {
            return Growth(s, q, frame, before, sign);
        }

        if (unit?.IsRate != true && q.Comparator is null)
        {
            var isCount = unit is { Countable: true } && decimal.IsInteger(q.Value);
            return Make(s, q, frame, isCount ? TargetKind.Count : TargetKind.Numeric, Comparator.AtLeast, ExplainRule.BareFloor, memory);
        }

        if (unit?.IsRate == true && (suffix.StartsWith("全覆盖", StringComparison.Ordinal)
            || (q.Value == 100m && before.EndsWith("覆盖率", StringComparison.Ordinal))))
        {
            var end = suffix.StartsWith("全覆盖", StringComparison.Ordinal) ? q.End + 3 : q.End;
            var subject = frame.Subject ?? SubjectText.From(s.Original, folded, frame.Start, frame.BeforeEnd);
            return new TargetCandidate(frame.SpanStart, frame.SpanEnd, TargetKind.Coverage, Comparator.Equal, 100m, null, "%",
                Subject(subject, s, frame, end))
            { Source = q, ComparatorRule = ExplainRule.Coverage, Cue = (q.Start, end) };
        }

        var bareHundred = q.Comparator is null && q.Value == 100m && unit?.IsRate == true;
        var comparator = q.Comparator ?? (bareHundred ? Comparator.Equal : Comparator.AtLeast);
        var kind = unit?.IsRate == true && comparator is not (Comparator.AtMost or Comparator.About)
            && (EndsWithAny(before, ShareEndings) || NounFollows(suffix) || (suffix.StartsWith("的", StringComparison.Ordinal) && NounFollows(suffix[1..])))
            ? TargetKind.Share
            : TargetKind.Numeric;
        var rule = bareHundred ? ExplainRule.BareHundredPercent : WordRule(folded, q);
        if (kind == TargetKind.Share && comparator == Comparator.AtLeast && q.Value == 100m)
        {
            (comparator, rule) = (Comparator.Equal, ExplainRule.FullShare); // a share cannot pass 100%
        }

        return Make(s, q, frame, kind, comparator, rule, memory);
    }

    private static TargetCandidate Growth(SentenceContext s, Quantity q, QuantityFrame frame, ReadOnlySpan<char> before, int sign)
    {
        var subject = frame.Subject ?? SubjectText.From(s.Original, s.Folded, frame.Start, frame.BeforeEnd - VerbLength(before));
        var (value, upper) = sign > 0 || q.Upper is null ? (q.Value * sign, q.Upper * sign) : (-q.Upper!.Value, -q.Value);
        var price = sign > 0 && IsPrice(before);
        var (comparator, rule) = q.Comparator switch
        {
            // A price rise stated bare (居民消费价格上涨3%) is a ceiling, like 涨幅控制在3%左右.
            null when price => (Comparator.AtMost, ExplainRule.PriceRiseCeiling),
            null => sign > 0 ? (Comparator.AtLeast, ExplainRule.BareFloor) : (Comparator.AtMost, ExplainRule.DecreaseCeiling),
            Comparator.AtLeast => (sign > 0 ? Comparator.AtLeast : Comparator.AtMost, WordRule(s.Folded, q)),
            Comparator.AtMost => (sign > 0 ? Comparator.AtMost : Comparator.AtLeast, WordRule(s.Folded, q)),
            var other => (other.Value, WordRule(s.Folded, q)),
        };
        return new TargetCandidate(frame.SpanStart, frame.SpanEnd, TargetKind.Growth, comparator, value, upper, q.Unit!.Text,
            Subject(subject, s, frame, q.End))
        { Source = q, ComparatorRule = rule, SubjectRule = SubjectRuleOf(frame, ExplainRule.WordsBefore) };
    }

    private static bool IsPrice(ReadOnlySpan<char> before) =>
        before.Contains("价格", StringComparison.Ordinal) || before.Contains("物价", StringComparison.Ordinal);

    private static TargetCandidate Make(
        SentenceContext s, Quantity q, QuantityFrame frame, TargetKind kind, Comparator comparator, ExplainRule comparatorRule,
        SentenceMemory memory)
    {
        var subject = frame.Subject ?? SubjectText.From(s.Original, s.Folded, frame.Start, frame.BeforeEnd);
        var noun = CountedNoun.After(s, q, frame, kind, subject.Length);
        var full = noun is { } n ? subject + s.Original[n.Start..n.End] : subject;
        var rule = SubjectRuleOf(frame, noun is null ? ExplainRule.WordsBefore : ExplainRule.WithNounAfter);
        string? counted = noun is { } c ? s.Original[c.Start..c.End].Trim() : null;
        if (frame.Subject is null && noun is null && NamesNoThing(SubjectText.Fold(full))
            && !CountedNoun.StartsNoun(Suffix(s.Folded, q, frame)) && memory.Antecedent(s) is { } antecedent)
        {
            // 实施城市更新项目40个，年内完成25个: the second names only its verb; what it counts is the first's.
            // 铺设供热主管网，全长约4.3公里: 全长 names a dimension; whose it is, the clause before says.
            (full, counted, rule) = (antecedent + full, antecedent, ExplainRule.Borrowed);
        }

        var unit = q.Unit?.Text ?? CountedNoun.UnitEnding(SubjectText.Fold(full));
        return new TargetCandidate(frame.SpanStart, frame.SpanEnd, kind, comparator, q.Value, q.Upper, unit,
            Subject(full, s, frame, noun?.End ?? q.End))
        {
            Source = q, ComparatorRule = comparatorRule, SubjectRule = rule, UnitFromSubject = q.Unit is null && unit is not null,
            Noun = counted,
        };
    }

    // Only work verbs (年内完成) or only a dimension (全长): the words name no thing of their own.
    private static bool NamesNoThing(string foldedSubject) =>
        VerbWords.AreOnlyVerbs(foldedSubject) || DimensionWords.IsOnlyDimension(foldedSubject);

    private static ReadOnlySpan<char> Suffix(string folded, Quantity q, QuantityFrame frame) =>
        folded.AsSpan(q.End, Math.Max(0, frame.End - q.End));

    private static ExplainRule SubjectRuleOf(QuantityFrame frame, ExplainRule otherwise) =>
        frame.Subject is not null ? ExplainRule.RespectiveModifier : frame.IsListItem ? ExplainRule.ListItem : otherwise;

    /// <summary>The rule that gave a quantity's stated comparator: a word before or after it, 余/多, or a range.</summary>
    internal static ExplainRule WordRule(string folded, Quantity q) =>
        q.Upper is not null ? ExplainRule.Range
        : q.AfterWordStart >= 0 ? (folded[q.AfterWordStart] is '余' or '多' ? ExplainRule.MoreThan : ExplainRule.WordAfter)
        : q.Start < q.WordBeforeEnd ? ExplainRule.WordBefore
        : ExplainRule.BareFloor;

    // An empty subject (确保年内投入使用) borrows the target's own text.
    private static string Subject(string subject, SentenceContext s, QuantityFrame frame, int end) =>
        subject.Length > 0 ? subject : s.Original[frame.SpanStart..Math.Max(end, frame.SpanStart)].Trim();

    /// <summary>True when a noun (a Han character that is not a joiner or 的) starts <paramref name="suffix"/>.</summary>
    internal static bool NounFollows(ReadOnlySpan<char> suffix) =>
        !suffix.IsEmpty && IsHan(suffix[0]) && !StartsWithAny(suffix, ["和", "或", "及", "等", "的"]);

    internal static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

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

    /// <summary>+1 after 增长, 提高 …, −1 after 下降, 降低 …, null otherwise.</summary>
    internal static int? GrowthSign(ReadOnlySpan<char> before) =>
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
