using Luoshi.Indicators.Water;

namespace Luoshi.Cli.Commands.Monitoring;

/// <summary>One sample's line of <c>luoshi water-class</c>: its class over the 21 official items, what decided it, and
/// how it stands against its section's target.</summary>
internal sealed record WaterClassRow(WaterSample Sample, SectionEvaluation Evaluation)
{
    // A sample is judged as a period holding just that sample (the mean of one value is that value), so a sample and a
    // section's quarter are judged by one rule: the 21 items, exceedance against the target, a lake's TN apart.
    public static WaterClassRow Of(WaterSample sample, WaterSection section) => new(sample, SectionPeriod.Evaluate(section, [sample]));

    public WaterSection Section => Evaluation.Section;

    /// <summary>Null when the sample measured none of the 21 items.</summary>
    public SampleClass? Class => Evaluation.Class;

    public IReadOnlyList<Exceedance> Exceeding => Evaluation.Exceeding;

    public WaterClass? TotalNitrogenClass => Evaluation.TotalNitrogenClass;

    public bool? MeetsTarget => Evaluation.IsEvaluated ? Evaluation.MeetsTarget : null;

    /// <summary>超标倍数 as printed: two decimals, rounded half to even as GB/T 8170 rounds (四舍六入五成双).</summary>
    public static decimal Printed(decimal multiple) => decimal.Round(multiple, 2, MidpointRounding.ToEven);
}
