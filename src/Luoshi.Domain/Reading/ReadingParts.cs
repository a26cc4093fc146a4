namespace Luoshi.Domain.Reading;

/// <summary>What a plan's reading holds besides every target's figures: the report summaries its standings (overdue
/// list, ranking) are made of, and the words of the sent reports a ledger and a notice quote.</summary>
[Flags]
public enum ReadingParts
{
    /// <summary>Figures only: statuses, values, periods.</summary>
    Figures = 0,

    /// <summary>The report summaries, for the standings.</summary>
    Reports = 1,

    /// <summary>The sent reports' words.</summary>
    Narratives = 2,

    /// <summary>Everything.</summary>
    All = Reports | Narratives,
}
