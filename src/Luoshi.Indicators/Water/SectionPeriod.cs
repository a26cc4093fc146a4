namespace Luoshi.Indicators.Water;

/// <summary>Evaluates a section over a period: the mean of each item over the period's samples, then single factor over
/// the 21 official items (《地表水环境质量评价办法（试行）》, 2011: 多次监测的，以算术平均值评价).</summary>
public static class SectionPeriod
{
    /// <summary>The mean of each item over the samples that measured it. Means are not rounded: a mean exactly on a
    /// limit meets it, a mean a hair above does not.</summary>
    public static IReadOnlyDictionary<WaterItem, decimal> Means(IEnumerable<WaterSample> samples)
    {
        var sums = new Dictionary<WaterItem, (decimal Sum, int Count)>();
        foreach (var sample in samples)
        {
            foreach (var (item, value) in sample.Values)
            {
                var (sum, count) = sums.GetValueOrDefault(item);
                sums[item] = (sum + value, count + 1);
            }
        }

        return sums.ToDictionary(s => s.Key, s => s.Value.Sum / s.Value.Count);
    }

    /// <summary>Evaluates a section from its samples in the period (the caller picks the period's samples).</summary>
    /// <exception cref="ArgumentException">A sample belongs to another section: a caller's bug.</exception>
    public static SectionEvaluation Evaluate(WaterSection section, IReadOnlyList<WaterSample> samples)
    {
        if (samples.FirstOrDefault(s => s.Section != section.Id) is { } stranger)
        {
            throw new ArgumentException($"A sample of section {stranger.Section} was given for section {section.Id}.", nameof(samples));
        }

        var means = Means(samples);
        var sampleClass = SingleFactor.Evaluate(means, section.Body, WaterItemSet.Official);
        var exceeding = sampleClass is null ? [] : Exceedances.Of(sampleClass, section.Target, section.Body);
        WaterClass? totalNitrogen = section.Body == WaterBody.Lake && means.TryGetValue(WaterItem.Tn, out var tn)
            ? SingleFactor.ClassOf(WaterItem.Tn, tn, WaterBody.Lake)
            : null;
        return new SectionEvaluation(section, samples.Count, means, sampleClass, exceeding, totalNitrogen);
    }
}
