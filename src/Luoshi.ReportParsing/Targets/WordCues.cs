using Luoshi.Domain.Plans;
using Luoshi.ReportParsing.Drafts;
using Luoshi.ReportParsing.Text;

namespace Luoshi.ReportParsing.Targets;

/// <summary>Targets stated without a number: full coverage (全覆盖), bottom lines (不发生…, 遏制…事故) and
/// directions (只增不减, 提高…收入).</summary>
internal static class WordCues
{
    private static readonly string[] EventNouns = ["事故", "事件", "案件", "疫情"];
    private static readonly string[] PreventionVerbs = ["遏制", "杜绝", "防止", "防范"];

    private static readonly (string Phrase, Comparator Comparator)[] DirectionPhrases =
    [
        ("只增不减", Comparator.AtLeast), ("只增不降", Comparator.AtLeast), ("只升不降", Comparator.AtLeast),
        ("逐年增加", Comparator.AtLeast), ("逐年增长", Comparator.AtLeast), ("逐年提高", Comparator.AtLeast),
        ("稳中有升", Comparator.AtLeast), ("不降低", Comparator.AtLeast), ("不减少", Comparator.AtLeast),
        ("逐年下降", Comparator.AtMost), ("逐年减少", Comparator.AtMost), ("只降不升", Comparator.AtMost),
        ("保持适度增长", Comparator.AtLeast), ("保持稳定增长", Comparator.AtLeast), ("保持较快增长", Comparator.AtLeast),
        ("保持合理增长", Comparator.AtLeast),
        // 增速由负转平 / 由负转正: a fall turned to no fall, or to a rise — at least last year's value.
        ("由负转平", Comparator.AtLeast), ("由负转正", Comparator.AtLeast),
    ];

    // "Keeps going" phrases promise a direction only for a measurable subject: 能耗继续下降, not 能力持续提升; one
    // measurable part of a joined subject is enough (能耗、主要污染物排放进一步降低).
    private static readonly (string Phrase, Comparator Comparator)[] ContinuingPhrases =
    [
        ("继续下降", Comparator.AtMost), ("持续下降", Comparator.AtMost), ("进一步下降", Comparator.AtMost),
        ("继续降低", Comparator.AtMost), ("持续降低", Comparator.AtMost), ("稳步下降", Comparator.AtMost),
        ("继续减少", Comparator.AtMost), ("持续减少", Comparator.AtMost),
        ("继续增长", Comparator.AtLeast), ("持续增长", Comparator.AtLeast), ("稳步增长", Comparator.AtLeast),
        ("继续提高", Comparator.AtLeast), ("持续提高", Comparator.AtLeast), ("稳步提高", Comparator.AtLeast),
        ("继续增加", Comparator.AtLeast), ("持续增加", Comparator.AtLeast), ("稳步提升", Comparator.AtLeast),
        ("进一步降低", Comparator.AtMost), ("进一步减少", Comparator.AtMost), ("进一步提高", Comparator.AtLeast),
        ("进一步增加", Comparator.AtLeast),
    ];

    // One pass over the clause tells whether any phrase is there at all; most clauses hold none.
    private static readonly PhraseSet AnyDirectionPhrase =
        new([.. DirectionPhrases.Select(p => p.Phrase), .. ContinuingPhrases.Select(p => p.Phrase)]);

    private static readonly (string Verb, Comparator Comparator)[] DirectionVerbs =
    [
        ("提高", Comparator.AtLeast), ("增加", Comparator.AtLeast), ("提升", Comparator.AtLeast),
        ("扩大", Comparator.AtLeast), ("增长", Comparator.AtLeast), ("降低", Comparator.AtMost),
        ("减少", Comparator.AtMost), ("下降", Comparator.AtMost), ("压减", Comparator.AtMost),
    ];

    // What a year-on-year comparison can measure; 水平, 能力, 质量 and 规模 cannot be checked against a number.
    private static readonly string[] MeasurableNouns =
    [
        "收入", "投入", "产值", "产量", "总量", "面积", "人数", "数量", "比重", "占比", "增加值", "税收", "利润",
        "营业额", "存款", "贷款", "储备", "投资", "支出", "能耗", "排放", "排放量", "排放总量", "标准",
    ];

    // Any rate (…率) can be compared with last year's, except 效率, which no single figure measures.
    private static bool IsMeasurable(ReadOnlySpan<char> text) =>
        QuantityTargets.EndsWithAny(text, MeasurableNouns)
        || (text.EndsWith("率", StringComparison.Ordinal) && !text.EndsWith("效率", StringComparison.Ordinal));

    // 提高农村低保标准和救助水平: one measurable part of a joined object is enough.
    private static bool HasMeasurablePart(ReadOnlySpan<char> text)
    {
        foreach (var part in text.SplitAny("和及、"))
        {
            if (IsMeasurable(text[part]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>全覆盖 in a clause without a number: coverage = 100%. 实现全覆盖 alone covers what the sentence named
    /// before it (改造乡村农贸市场45家，实现全覆盖).</summary>
    public static TargetCandidate? Coverage(SentenceContext s, Clause c, SentenceMemory memory)
    {
        var at = s.Folded.IndexOf("全覆盖", c.Start, c.End - c.Start, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var subject = SubjectText.From(s.Original, s.Folded, c.Start, at);
        var rule = ExplainRule.CueClause;
        if (subject.Length == 0 && memory.Antecedent(s) is { } antecedent)
        {
            (subject, rule) = (antecedent, ExplainRule.Borrowed);
        }

        return subject.Length == 0 ? null
            : new TargetCandidate(c.Start, c.End, TargetKind.Coverage, Comparator.Equal, 100m, null, "%", subject)
            {
                ComparatorRule = ExplainRule.Coverage, SubjectRule = rule, Cue = (at, at + 3),
            };
    }

    /// <summary>不发生X, 遏制/杜绝X事故: X must not happen at all.</summary>
    public static TargetCandidate? BottomLine(SentenceContext s, Clause c)
    {
        var folded = s.Folded;
        var at = folded.IndexOf("不发生", c.Start, c.End - c.Start, StringComparison.Ordinal);
        int subjectStart, subjectEnd;
        if (at >= 0)
        {
            subjectStart = at + 3;
            subjectEnd = c.End;
            foreach (var tail in new[] { "的底线", "底线", "的情况" })
            {
                if (folded.AsSpan(subjectStart, subjectEnd - subjectStart).EndsWith(tail, StringComparison.Ordinal))
                {
                    subjectEnd -= tail.Length;
                    break;
                }
            }
        }
        else if (FindPreventedEvent(folded, c) is { } range)
        {
            (subjectStart, subjectEnd) = range;
            at = subjectStart - 2; // every prevention verb is two characters
        }
        else
        {
            return null;
        }

        var subject = s.Original[subjectStart..subjectEnd].Trim();
        return subject.Length == 0 ? null
            : new TargetCandidate(c.Start, c.End, TargetKind.BottomLine, Comparator.Equal, 0m, null, null, subject)
            {
                ComparatorRule = ExplainRule.BottomLine, SubjectRule = ExplainRule.CueClause, Cue = (at, subjectEnd),
            };
    }

    // 坚决防范和遏制重特大事故发生 → 重特大事故: the event noun closes the subject after the last prevention verb.
    private static (int, int)? FindPreventedEvent(string folded, Clause c)
    {
        var verbEnd = -1;
        foreach (var verb in PreventionVerbs)
        {
            var at = folded.LastIndexOf(verb, c.End - 1, c.End - c.Start, StringComparison.Ordinal);
            if (at >= 0)
            {
                verbEnd = Math.Max(verbEnd, at + verb.Length);
            }
        }

        if (verbEnd < 0)
        {
            return null;
        }

        foreach (var noun in EventNouns)
        {
            var at = folded.IndexOf(noun, verbEnd, c.End - verbEnd, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (verbEnd, at + noun.Length);
            }
        }

        return null;
    }

    /// <summary>只增不减 after a subject, or 提高/降低 before a measurable subject: compared with last year's value.</summary>
    public static TargetCandidate? Direction(SentenceContext s, Clause c)
    {
        var folded = s.Folded;
        if (!AnyDirectionPhrase.IsIn(folded.AsSpan(c.Start, c.End - c.Start)))
        {
            return DirectionByVerb(s, c);
        }

        foreach (var (phrase, comparator) in DirectionPhrases)
        {
            var at = folded.IndexOf(phrase, c.Start, c.End - c.Start, StringComparison.Ordinal);
            if (at > c.Start)
            {
                var subject = SubjectText.From(s.Original, folded, c.Start, at);
                if (subject.Length > 0)
                {
                    return DirectionTarget(c, comparator, subject, ExplainRule.DirectionPhrase, at, phrase.Length);
                }
            }
        }

        foreach (var (phrase, comparator) in ContinuingPhrases)
        {
            var at = folded.IndexOf(phrase, c.Start, c.End - c.Start, StringComparison.Ordinal);
            if (at > c.Start && HasMeasurablePart(folded.AsSpan(c.Start, at - c.Start)))
            {
                var subject = SubjectText.From(s.Original, folded, c.Start, at);
                return DirectionTarget(c, comparator, subject, ExplainRule.DirectionPhrase, at, phrase.Length);
            }
        }

        return DirectionByVerb(s, c);
    }

    private static TargetCandidate DirectionTarget(Clause c, Comparator comparator, string subject, ExplainRule rule, int cueAt, int cueLength) =>
        new(c.Start, c.End, TargetKind.Direction, comparator, null, null, null, subject)
        {
            ComparatorRule = rule, SubjectRule = ExplainRule.CueClause, Cue = (cueAt, cueAt + cueLength),
        };

    // 提高/降低 opening the clause (after framing words such as 努力) before a measurable subject.
    private static TargetCandidate? DirectionByVerb(SentenceContext s, Clause c)
    {
        var folded = s.Folded;
        var objectStart = SubjectText.SkipFraming(folded, c.Start, c.End);
        foreach (var (verb, comparator) in DirectionVerbs)
        {
            if (string.CompareOrdinal(folded, objectStart, verb, 0, verb.Length) == 0
                && HasMeasurablePart(folded.AsSpan(objectStart + verb.Length, c.End - objectStart - verb.Length)))
            {
                var subject = SubjectText.From(s.Original, folded, objectStart + verb.Length, c.End);
                return DirectionTarget(c, comparator, subject, ExplainRule.DirectionVerb, objectStart, verb.Length);
            }
        }

        return null;
    }
}
