using Luoshi.Indicators.Water;

namespace Luoshi.Storage.Monitoring.Views;

/// <summary>A set's sections by month, as the section table shows them, with the compliance rate over the year to date.</summary>
/// <param name="Scope">The set name or section code.</param>
/// <param name="Year">The year shown.</param>
/// <param name="LastDay">The last full day counted.</param>
/// <param name="Sections">Each section's months and year to date, by code.</param>
/// <param name="Rate">The compliance rate (达标率) over the year to date.</param>
public sealed record SectionTable(string Scope, int Year, DateOnly LastDay, IReadOnlyList<SectionYear> Sections, ComplianceRate Rate);
