namespace Luoshi.Indicators.Air.Annual;

/// <summary>Chooses and names the GB 3095 limits in force on a date.</summary>
public static class Gb3095Phases
{
    /// <summary>The first day of the final limits of GB 3095—2026; the transition limits end the day before.</summary>
    public static readonly DateOnly FinalLimitsFrom = new(2031, 1, 1);

    /// <summary>The limits in force on <paramref name="date"/>.</summary>
    public static Gb3095Phase InForceOn(DateOnly date) =>
        date < AirStandards.Revision2026InForce ? Gb3095Phase.Gb3095Of2012
        : date < FinalLimitsFrom ? Gb3095Phase.Gb3095Of2026Transition
        : Gb3095Phase.Gb3095Of2026Final;

    /// <summary>The phase as printed, e.g. <c>GB 3095-2026 transition limits</c>.</summary>
    public static string Name(Gb3095Phase phase) => phase switch
    {
        Gb3095Phase.Gb3095Of2012 => "GB 3095-2012",
        Gb3095Phase.Gb3095Of2026Transition => "GB 3095-2026 transition limits",
        Gb3095Phase.Gb3095Of2026Final => "GB 3095-2026 final limits",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
    };

    /// <summary>The phase in Chinese, e.g. <c>GB 3095—2026过渡阶段限值</c>.</summary>
    public static string NameZh(Gb3095Phase phase) => phase switch
    {
        Gb3095Phase.Gb3095Of2012 => "GB 3095-2012",
        Gb3095Phase.Gb3095Of2026Transition => "GB 3095-2026过渡阶段限值",
        Gb3095Phase.Gb3095Of2026Final => "GB 3095-2026最终限值",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
    };
}
