using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Annual;

namespace Luoshi.Storage.Monitoring.Views;

/// <summary>A scope's year under both HJ 633 versions side by side, with its GB 3095 attainment statistics: the page
/// section that says which rule a goal was written under and what the other rule gives on the same data.</summary>
/// <param name="Scope">The set name or station code.</param>
/// <param name="Year">The year.</param>
/// <param name="LastDay">The last full day counted.</param>
/// <param name="Spans">The stretches under each version in force (two when the days straddle 1 March 2026).</param>
/// <param name="InForce">Each day by the version in force on its date: the official figure.</param>
/// <param name="Of2012">Every day by HJ 633-2012.</param>
/// <param name="Of2026">Every day by HJ 633-2026.</param>
/// <param name="AreaClass">The office's area class of the scope (class 2 unless set).</param>
/// <param name="Annual">Every GB 3095 annual statistic so far, against the limits of the phase in force on the last day.</param>
/// <param name="CompositeIndex">The composite index by the ranking's GB 3095-2012 class-2 divisors.</param>
/// <param name="CompositeIndexInPhase">The composite index by the class-2 limits of the phase in force, when that is not
/// GB 3095-2012.</param>
/// <param name="GoalStandard">The version the plan's air goals were written under, when a plan was given.</param>
/// <param name="GoalStandardSet">The office set it (otherwise the default: the version in force on 1 January).</param>
public sealed record AirComparison(
    string Scope,
    int Year,
    DateOnly LastDay,
    IReadOnlyList<StandardSpan> Spans,
    AirShareLine InForce,
    AirShareLine Of2012,
    AirShareLine Of2026,
    AreaClass AreaClass,
    IReadOnlyList<AnnualFigure> Annual,
    decimal? CompositeIndex,
    decimal? CompositeIndexInPhase,
    AirStandard? GoalStandard,
    bool GoalStandardSet)
{
    /// <summary>The line of one version.</summary>
    public AirShareLine Under(AirStandard standard) => standard == AirStandard.Hj633Of2012 ? Of2012 : Of2026;
}
