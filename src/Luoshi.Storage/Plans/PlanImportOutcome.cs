namespace Luoshi.Storage;

/// <summary>What importing a plan did.</summary>
public enum PlanImportOutcome
{
    /// <summary>No plan for the region and year existed; it was stored.</summary>
    Created,

    /// <summary>The same report text was imported before; nothing was written.</summary>
    Unchanged,

    /// <summary>The stored plan was updated in place from a changed report.</summary>
    Replaced,

    /// <summary>Nothing was written; the message says why and what to do.</summary>
    Refused,
}
