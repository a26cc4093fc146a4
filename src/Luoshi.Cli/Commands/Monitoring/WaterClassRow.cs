using Luoshi.Indicators.Water;

namespace Luoshi.Cli.Commands.Monitoring;

/// <summary>One sample's line of <c>luoshi water-class</c>: its class over the 21 official items, what decided it, and
/// how it stands against its section's target.</summary>
/// <param name="Class">Null when the sample measured none of the 21 items.</param>
/// <param name="TotalNitrogenClass">A lake's or reservoir's total nitrogen, judged apart as the 2011 rules require.</param>
internal sealed record WaterClassRow(
    WaterSample Sample,
    WaterSection Section,
    SampleClass? Class,
    IReadOnlyList<Exceedance> Exceeding,
    WaterClass? TotalNitrogenClass)
{
    public static WaterClassRow Of(WaterSample sample, WaterSection section)
    {
        var sampleClass = SingleFactor.Evaluate(sample.Values, section.Body, WaterItemSet.Official);
        var exceeding = sampleClass is null ? [] : Exceedances.Of(sampleClass, section.Target, section.Body);
        WaterClass? totalNitrogen = section.Body == WaterBody.Lake && sample.Values.TryGetValue(WaterItem.Tn, out var tn)
            ? SingleFactor.ClassOf(WaterItem.Tn, tn, WaterBody.Lake)
            : null;
        return new WaterClassRow(sample, section, sampleClass, exceeding, totalNitrogen);
    }

    public bool? MeetsTarget => Class?.Meets(Section.Target);

    /// <summary>超标倍数 as printed: two decimals, rounded half to even as GB/T 8170 rounds (四舍六入五成双).</summary>
    public static decimal Printed(decimal multiple) => decimal.Round(multiple, 2, MidpointRounding.ToEven);
}
