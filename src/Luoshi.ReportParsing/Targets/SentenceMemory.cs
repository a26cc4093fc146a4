namespace Luoshi.ReportParsing.Targets;

/// <summary>What the clauses read so far in a sentence name, for a clause that states only a verb and an amount
/// (实施城市更新项目40个，年内完成25个).</summary>
internal sealed class SentenceMemory
{
    /// <summary>What the last target of the sentence counts (城市更新项目), or null.</summary>
    public string? LastNoun { get; set; }

    /// <summary>True once the sentence has said 其中: the amounts after it that name no work of their own are parts of
    /// the total before (改造老旧小区118个，其中，中心城区53个).</summary>
    public bool InBreakdown { get; set; }

    /// <summary>The clause before the one being read, or null at the sentence's start.</summary>
    public Clause? PreviousClause { get; set; }

    /// <summary>The noun a verb-only clause refers to: the last target's, else what the clause before names.</summary>
    public string? Antecedent(SentenceContext s)
    {
        if (LastNoun is not null)
        {
            return LastNoun;
        }

        if (PreviousClause is not { } previous)
        {
            return null;
        }

        var named = SubjectText.From(s.Original, s.Folded, previous.Start, previous.End);
        return named.Length > 0 ? named : null;
    }
}
