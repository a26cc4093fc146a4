namespace Luoshi.Indicators.Air;

/// <summary>One row of HJ 633 Table 1 (2012) / Table 3 (2026): its limits in decimal (exact) and in double (fast).</summary>
/// <remarks>Every limit is a short whole or decimal number, so its double is the nearest one and compares exactly.</remarks>
/// <param name="limits">The limits as printed, from IAQI 0 up.</param>
/// <param name="cutRowIndexAbove">
/// For a row the table's notes cut short (SO2 1-hour at 800, O3 8-hour at 800): the IAQI a concentration above its
/// last limit gets — HJ 633—2026 sets 200 and 300 — or null where HJ 633-2012 gives it no index at all.
/// </param>
internal sealed class BreakpointRow(decimal[] limits, int? cutRowIndexAbove = null)
{
    /// <summary>The limits as printed.</summary>
    internal decimal[] Limits { get; } = limits;

    /// <summary>The same limits as doubles.</summary>
    internal double[] LimitsAsDouble { get; } = [.. limits.Select(l => (double)l)];

    /// <summary>Whether the row runs up to IAQI 500 (all but the rows cut short by the notes).</summary>
    internal bool ReachesMaximum => Limits.Length == Breakpoints.Index.Length;

    /// <summary>The IAQI above the last limit of a cut row, or null when the value is not indexed.</summary>
    internal int? IndexAboveCut { get; } = cutRowIndexAbove;
}
