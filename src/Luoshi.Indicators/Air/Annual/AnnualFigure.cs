namespace Luoshi.Indicators.Air.Annual;

/// <summary>One annual statistic of a station or city from 1 January to a day, against its GB 3095 limit.</summary>
/// <param name="Statistic">Which statistic.</param>
/// <param name="Value">The statistic rounded by GB/T 8170 (whole µg/m³, CO 0.1 mg/m³); null without any daily value.</param>
/// <param name="Limit">The limit of <paramref name="Phase"/> and <paramref name="AreaClass"/> it is judged against.</param>
/// <param name="Phase">The limits used: those in force on the last day counted.</param>
/// <param name="AreaClass">The area's class.</param>
/// <param name="Completeness">Whether the daily values meet the annual data rules.</param>
public sealed record AnnualFigure(
    AnnualStatistic Statistic, double? Value, decimal Limit, Gb3095Phase Phase, AreaClass AreaClass, DataCompleteness Completeness)
{
    /// <summary>The statistic is within the limit (达标 for this item); null without a value.</summary>
    public bool? WithinLimit => Value is { } v ? (decimal)v <= Limit : null;
}
