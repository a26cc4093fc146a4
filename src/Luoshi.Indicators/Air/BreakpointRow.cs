namespace Luoshi.Indicators.Air;

/// <summary>One row of HJ 633-2012 Table 1: its limits in decimal (exact) and in double (fast).</summary>
/// <remarks>Every limit is a short whole or decimal number, so its double is the nearest one and compares exactly.</remarks>
internal sealed class BreakpointRow(decimal[] limits)
{
    /// <summary>The limits as printed.</summary>
    internal decimal[] Limits { get; } = limits;

    /// <summary>The same limits as doubles.</summary>
    internal double[] LimitsAsDouble { get; } = [.. limits.Select(l => (double)l)];

    /// <summary>Whether the row runs up to IAQI 500 (all but the rows cut short by Table 1 notes (2) and (3)).</summary>
    internal bool ReachesMaximum => Limits.Length == Breakpoints.Index.Length;
}
