namespace Luoshi.Domain.Villages;

/// <summary>How a criterion of an assessment standard is judged.</summary>
public enum CriterionKind
{
    /// <summary>Met or not (达标); a met criterion adds its full weight to the score.</summary>
    PassFail,

    /// <summary>Scored from 0 to its weight (评分).</summary>
    Score,
}
