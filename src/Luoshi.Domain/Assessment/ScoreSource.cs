namespace Luoshi.Domain.Assessment;

/// <summary>Where a point of a unit's score came from, so the final score can say for every point who put it there.</summary>
public enum ScoreSource
{
    /// <summary>考核办法: the office's scoring scheme applied to the year's data (results, late reports, 督办单…).</summary>
    Scheme,

    /// <summary>单位自评: what the lead unit claimed in its self-assessment.</summary>
    SelfAssessment,

    /// <summary>督查室调整: an adjustment the office made when confirming, with its reason.</summary>
    Office,
}
