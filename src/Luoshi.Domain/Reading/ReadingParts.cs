namespace Luoshi.Domain.Reading;

/// <summary>What a plan's reading holds besides every target's figures and the standings: the words of the sent
/// reports, which a ledger workbook and a notice quote.</summary>
[Flags]
public enum ReadingParts
{
    /// <summary>Figures and standings.</summary>
    Figures = 0,

    /// <summary>The sent reports' words too.</summary>
    Narratives = 1,
}
