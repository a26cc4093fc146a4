namespace Luoshi.Domain.Households;

/// <summary>What staff or the system do to a household's monitoring state.</summary>
public enum MonitoringAction
{
    /// <summary>Flags it for identification: income under the line or a reported sudden severe hardship.</summary>
    Flag,

    /// <summary>Identifies it as a monitoring object (with risk types and how it was found).</summary>
    Identify,

    /// <summary>Clears a flag after checking: not a monitoring object (with a reason).</summary>
    Dismiss,

    /// <summary>Records an assistance measure; the first one starts the assistance.</summary>
    Assist,

    /// <summary>Declares the risk eliminated.</summary>
    Eliminate,
}
