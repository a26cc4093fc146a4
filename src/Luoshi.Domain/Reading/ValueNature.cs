using Luoshi.Domain.Evaluation;

namespace Luoshi.Domain.Reading;

/// <summary>What a computed indicator's period values are; each indicator declares it, and binding a target to the
/// indicator makes the target measured accordingly (<see cref="BoundMeasure"/>).</summary>
public enum ValueNature
{
    /// <summary>A state as of each period's end that the goal asks to hold all year: 优良率, 断面达标率. The expected
    /// value is the goal from the first period.</summary>
    Level,

    /// <summary>A state as of each period's end that climbs toward the goal over the year: the share of villages reaching
    /// a standard, sewage coverage. The expected value climbs from the baseline.</summary>
    Accumulating,

    /// <summary>What each period adds (events, households newly uncovered): the target's value is their sum.</summary>
    Increments,
}

/// <summary>The one rule giving a bound target its measure from its indicator's <see cref="ValueNature"/>
/// (docs/evaluation.md, "Computed targets").</summary>
public static class BoundMeasure
{
    /// <summary>The measure a target whose own measure is <paramref name="declared"/> is evaluated with once bound
    /// to an indicator whose values are <paramref name="nature"/>. A direction stays a direction and a bottom line a
    /// bottom line (they say how the goal is judged); otherwise the indicator decides.</summary>
    public static Measure Of(Measure declared, ValueNature nature) => (declared, nature) switch
    {
        (Measure.Direction, ValueNature.Level or ValueNature.Accumulating) => Measure.Direction,
        (Measure.BottomLine, ValueNature.Increments) => Measure.BottomLine,
        (_, ValueNature.Level) => Measure.Level,
        (_, ValueNature.Accumulating) => Measure.Ratio,
        (_, ValueNature.Increments) => Measure.Cumulative,
        _ => declared,
    };
}
