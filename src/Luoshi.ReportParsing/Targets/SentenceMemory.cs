namespace Luoshi.ReportParsing.Targets;

/// <summary>What the clauses read so far in a sentence name, for a clause that states only a verb and an amount
/// (实施城市更新项目40个，年内完成25个).</summary>
internal sealed class SentenceMemory
{
    /// <summary>The last number target of the sentence, or null.</summary>
    public TargetCandidate? LastTarget { get; set; }

    /// <summary>True once the sentence has said 其中: the amounts after it that name no work of their own are parts of
    /// the total before (改造老旧小区118个，其中，中心城区53个).</summary>
    public bool InBreakdown { get; set; }

    /// <summary>The clause before the one being read, or null at the sentence's start.</summary>
    public Clause? PreviousClause { get; set; }

    /// <summary>The noun a verb-only clause refers to: what the last target counts (its noun after the number, or its
    /// subject without work verbs: 县乡公路路面改善提升工程建成 → 县乡公路路面改善提升工程), else what the clause before names.</summary>
    public string? Antecedent(SentenceContext s)
    {
        if (LastTarget is { } last)
        {
            // Worked out only when a clause borrows it: most sentences never need it.
            return last.Noun ?? VerbWords.Noun(last.Subject, SubjectText.Fold(last.Subject));
        }

        if (PreviousClause is not { } previous)
        {
            return null;
        }

        var named = SubjectText.From(s.Original, s.Folded, previous.Start, previous.End);
        return named.Length > 0 ? named : null;
    }
}
