using Luoshi.Indicators.Water;

namespace Luoshi.Storage.Monitoring.Sections;

/// <summary>A water monitoring section (断面) as the office registers it: the class it must meet, its level of control
/// (国考, 省考, 市考) and the named sets a target's scope can name.</summary>
public sealed class WaterSectionSite
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>The code the sample files use in their section column, unique.</summary>
    public required string Code { get; set; }

    /// <summary>The section's name as the pages show it (五马岗).</summary>
    public required string Name { get; set; }

    /// <summary>River, or lake/reservoir (GB 3838-2002 sets lake limits apart).</summary>
    public WaterBody Body { get; set; }

    /// <summary>The class the section must meet (水质目标), I–V.</summary>
    public WaterClass TargetClass { get; set; }

    /// <summary>Who sets and checks its target: 国考, 省考, 市考…; empty when not given.</summary>
    public string Level { get; set; } = "";

    /// <summary>The named sets it belongs to (省考及以上): a target bound to <c>water.compliance-rate:省考及以上</c> reads them.</summary>
    public List<string> Sets { get; set; } = [];

    /// <summary>The section as the GB 3838 rules take it.</summary>
    public WaterSection ToRule() => new(Code, Name, Body, TargetClass);
}
