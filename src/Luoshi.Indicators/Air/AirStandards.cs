namespace Luoshi.Indicators.Air;

/// <summary>Chooses the air-quality rules in force on a date, and names them.</summary>
public static class AirStandards
{
    /// <summary>The first day HJ 633—2026 (and GB 3095—2026) apply; HJ 633-2012 governs data before it.</summary>
    public static readonly DateOnly Revision2026InForce = new(2026, 3, 1);

    /// <summary>
    /// The evaluation rules every day is judged by (which days and values count, a city's day from its stations):
    /// HJ 663-2013 as read here, kept for 2026 data because the text of HJ 663—2026 is not available.
    /// </summary>
    public const string EvaluationRules = "HJ 663-2013";

    /// <summary>Both versions, oldest first.</summary>
    public static IReadOnlyList<AirStandard> All { get; } = [AirStandard.Hj633Of2012, AirStandard.Hj633Of2026];

    /// <summary>The standard that governs data measured on <paramref name="date"/>.</summary>
    public static AirStandard InForceOn(DateOnly date) =>
        date < Revision2026InForce ? AirStandard.Hj633Of2012 : AirStandard.Hj633Of2026;

    /// <summary>The standard in force on 1 January of <paramref name="year"/>: what a work report adopted early in that year
    /// wrote its air goals under, unless the office says otherwise.</summary>
    public static AirStandard InForceAtStartOf(int year) => InForceOn(new DateOnly(year, 1, 1));

    /// <summary>The standard's number as printed, e.g. <c>HJ 633-2026</c> (ASCII hyphen, so scripts can match it).</summary>
    public static string Name(AirStandard standard) => standard switch
    {
        AirStandard.Hj633Of2012 => "HJ 633-2012",
        AirStandard.Hj633Of2026 => "HJ 633-2026",
        _ => throw new ArgumentOutOfRangeException(nameof(standard), standard, null),
    };

    /// <summary>The stretches of <paramref name="from"/>–<paramref name="to"/> under each standard, in date order; one
    /// stretch unless the dates straddle 1 March 2026, none when <paramref name="to"/> is before <paramref name="from"/>.</summary>
    public static IReadOnlyList<StandardSpan> SpansOf(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return [];
        }

        var change = Revision2026InForce;
        return from < change && to >= change
            ? [new(AirStandard.Hj633Of2012, from, change.AddDays(-1)), new(AirStandard.Hj633Of2026, change, to)]
            : [new(InForceOn(from), from, to)];
    }
}
