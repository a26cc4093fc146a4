namespace Luoshi.Indicators.Water;

/// <summary>The compliance rate (达标率) of a set of sections over a period.</summary>
/// <param name="From">First day of the period.</param>
/// <param name="To">Last day of the period (inclusive).</param>
/// <param name="Sections">Every section of the set, evaluated or not, in the order given.</param>
public sealed record ComplianceRate(DateOnly From, DateOnly To, IReadOnlyList<SectionEvaluation> Sections)
{
    /// <summary>Sections evaluated in the period.</summary>
    public int Evaluated => Sections.Count(s => s.IsEvaluated);

    /// <summary>Evaluated sections at or better than their target class.</summary>
    public int Meeting => Sections.Count(s => s.MeetsTarget);

    /// <summary>Meeting ÷ evaluated, from 0 to 1; null when no section was evaluated (a rate of nothing is no 100%).</summary>
    public decimal? Rate => Evaluated == 0 ? null : (decimal)Meeting / Evaluated;

    /// <summary>Evaluated sections that miss their target, in the order given.</summary>
    public IReadOnlyList<WaterSection> NotMeeting => [.. Sections.Where(s => s.IsEvaluated && !s.MeetsTarget).Select(s => s.Section)];

    /// <summary>Sections with no usable sample in the period: counted and named, not dropped.</summary>
    public IReadOnlyList<WaterSection> NotEvaluated => [.. Sections.Where(s => !s.IsEvaluated).Select(s => s.Section)];

    /// <summary>Evaluates every section over the samples dated <paramref name="from"/> to <paramref name="to"/>
    /// inclusive; samples of sections outside the set, or outside the period, are not used.</summary>
    public static ComplianceRate Of(IReadOnlyList<WaterSection> sections, IEnumerable<WaterSample> samples, DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        var inPeriod = samples.Where(s => s.Date >= from && s.Date <= to).ToLookup(s => s.Section, StringComparer.Ordinal);
        return new ComplianceRate(from, to, [.. sections.Select(s => SectionPeriod.Evaluate(s, [.. inPeriod[s.Id]]))]);
    }
}
