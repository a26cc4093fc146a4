using Luoshi.Domain.Plans;
using Luoshi.ReportParsing.Drafts;
using Luoshi.ReportParsing.Quantities;
using Luoshi.ReportParsing.Targets;

namespace Luoshi.ReportParsing.Explain;

/// <summary>Turns what a target was read from into the words that gave each of its parts.</summary>
internal static class Explanations
{
    public static TargetExplanation Of(string original, TargetCandidate t) =>
        t.Source is { } q
            ? new TargetExplanation(Comparator(original, t, q), Value(original, t, q), Unit(original, t, q), Subject(t))
            : new TargetExplanation(Cue(original, t, t.ComparatorRule), CueValue(original, t), CueUnit(t), Subject(t));

    private static Evidence Comparator(string original, TargetCandidate t, Quantity q) => t.ComparatorRule switch
    {
        ExplainRule.WordBefore => Words(original, q.Start, q.WordBeforeEnd, t.ComparatorRule),
        ExplainRule.WordAfter or ExplainRule.MoreThan when q.AfterWordStart >= 0 => Words(original, q.AfterWordStart, q.End, t.ComparatorRule),
        ExplainRule.Range => Words(original, q.NumberStart, q.End, t.ComparatorRule),
        ExplainRule.Coverage => Cue(original, t, t.ComparatorRule),
        var rule => new Evidence("", null, rule),
    };

    private static Evidence Value(string original, TargetCandidate t, Quantity q)
    {
        var rule = t.Kind == TargetKind.Growth ? ExplainRule.SignedChange
            : q.WordBeforeEnd < q.NumberStart ? ExplainRule.PercentWord
            : q.ChineseDigits ? ExplainRule.ChineseNumeral
            : q.NumberEnd > q.NumberStart && !char.IsAsciiDigit(original[q.NumberEnd - 1]) ? ExplainRule.ScaledDigits
            : ExplainRule.Digits;
        var start = rule == ExplainRule.PercentWord ? q.WordBeforeEnd : q.NumberStart;
        var end = q.Upper is null || q.UnitStart < 0 ? q.NumberEnd : Math.Max(q.NumberEnd, q.UnitStart);
        return Words(original, start, q.Upper is null ? q.NumberEnd : end, rule);
    }

    private static Evidence? Unit(string original, TargetCandidate t, Quantity q)
    {
        if (t.Unit is null)
        {
            return null;
        }

        if (t.UnitFromSubject || q.UnitStart < 0)
        {
            return new Evidence(t.Unit, null, t.UnitFromSubject ? ExplainRule.UnitFromSubject : ExplainRule.PercentWord);
        }

        var rule = q.UnitStart >= q.End ? ExplainRule.UnitSharedByList
            : q.Upper is not null && q.UnitStart > q.NumberEnd ? ExplainRule.UnitOfRange
            : ExplainRule.UnitAfterNumber;
        return Words(original, q.UnitStart, q.UnitEnd, rule);
    }

    private static Evidence Subject(TargetCandidate t) => new(t.Subject, new SourceSpan(t.Start, t.End - t.Start), t.SubjectRule);

    private static Evidence Cue(string original, TargetCandidate t, ExplainRule rule) =>
        t.Cue.Start >= 0 ? Words(original, t.Cue.Start, t.Cue.End, rule) : new Evidence("", null, rule);

    private static Evidence? CueValue(string original, TargetCandidate t) =>
        t.Value is null ? null : Cue(original, t, t.ComparatorRule);

    private static Evidence? CueUnit(TargetCandidate t) =>
        t.Unit is null ? null : new Evidence(t.Unit, null, ExplainRule.Coverage);

    private static Evidence Words(string original, int start, int end, ExplainRule rule) =>
        end > start ? new Evidence(original[start..end], new SourceSpan(start, end - start), rule) : new Evidence("", null, rule);
}
