namespace Luoshi.Indicators.Air.Annual;

/// <summary>The set of GB 3095 concentration limits in force: GB 3095-2012, then GB 3095—2026 with its transition
/// limits (过渡阶段) to 2030 and its final limits from 2031.</summary>
public enum Gb3095Phase
{
    /// <summary>GB 3095-2012, for data before 1 March 2026.</summary>
    Gb3095Of2012 = 1,

    /// <summary>GB 3095—2026 transition limits, 1 March 2026 to 31 December 2030.</summary>
    Gb3095Of2026Transition,

    /// <summary>GB 3095—2026 final limits, from 1 January 2031.</summary>
    Gb3095Of2026Final,
}
