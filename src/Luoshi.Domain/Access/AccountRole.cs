namespace Luoshi.Domain.Access;

/// <summary>What a person may do in the ledger.</summary>
public enum AccountRole
{
    /// <summary>Manages accounts and tokens.</summary>
    Administrator,

    /// <summary>The supervision office (督查室): plans, assignments, review, reminders.</summary>
    Office,

    /// <summary>A department's or town's reporting staff: reports for its own unit only.</summary>
    UnitReporter,

    /// <summary>A leader: reads everything, changes nothing.</summary>
    Leader,

    /// <summary>A monitoring station's or laboratory's data feed (数据接入): pushes monitoring data through the API, and
    /// nothing else — no page, no read.</summary>
    DataFeed,
}
