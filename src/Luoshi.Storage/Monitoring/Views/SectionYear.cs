using Luoshi.Indicators.Water;
using Luoshi.Storage.Monitoring.Sections;

namespace Luoshi.Storage.Monitoring.Views;

/// <summary>One section's year in the section table: its class each month (the mean of that month's samples) and over
/// the year to date, against its target class.</summary>
/// <param name="Site">The section as registered.</param>
/// <param name="Months">Twelve evaluations, January first; a month after the last day counted is null.</param>
/// <param name="YearToDate">The evaluation over 1 January to the last day counted (what the compliance rate uses).</param>
public sealed record SectionYear(WaterSectionSite Site, IReadOnlyList<SectionEvaluation?> Months, SectionEvaluation YearToDate);
