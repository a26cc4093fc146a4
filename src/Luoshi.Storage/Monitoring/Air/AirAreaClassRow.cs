namespace Luoshi.Storage.Monitoring.Air;

/// <summary>The GB 3095 area class (一类区 / 二类区) the office sets for a station set or station: which limits its annual
/// statistics are judged against. A scope without a row is a class-2 area, as urban stations are.</summary>
internal sealed class AirAreaClassRow
{
    /// <summary>The set name or station code, as a target's scope names it.</summary>
    public required string Scope { get; set; }

    /// <summary>1 or 2 (<see cref="Luoshi.Indicators.Air.Annual.AreaClass"/>).</summary>
    public int AreaClass { get; set; }
}
