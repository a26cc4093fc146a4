using Luoshi.Domain.Plans;
using Luoshi.ReportParsing.Drafts;
using Luoshi.ReportParsing.Quantities;

namespace Luoshi.ReportParsing.Targets;

/// <summary>A target found in a sentence, before it is numbered and tied to its task.</summary>
/// <param name="Start">Start of the clause(s) it came from, in the report text.</param>
/// <param name="End">End of the clause(s) it came from.</param>
internal sealed record TargetCandidate(
    int Start,
    int End,
    TargetKind Kind,
    Comparator Comparator,
    decimal? Value,
    decimal? Upper,
    string? Unit,
    string Subject)
{
    /// <summary>The number it was read from, or null for a word cue.</summary>
    public Quantity? Source { get; init; }

    /// <summary>The rule that gave the comparator.</summary>
    public ExplainRule ComparatorRule { get; init; } = ExplainRule.BareFloor;

    /// <summary>The rule that cut out the subject.</summary>
    public ExplainRule SubjectRule { get; init; } = ExplainRule.WordsBefore;

    /// <summary>The words of a word cue (全覆盖, 不发生, 竣工, 只增不减), or (-1, -1).</summary>
    public (int Start, int End) Cue { get; init; } = (-1, -1);

    /// <summary>True when the unit comes from the end of the subject (服务人次达200万).</summary>
    public bool UnitFromSubject { get; init; }

    /// <summary>The noun after the amount that says what it counts (园林绿化项目), for a later clause that states only a
    /// verb (年内完成153个); null when the subject itself names it.</summary>
    public string? Noun { get; init; }
}
