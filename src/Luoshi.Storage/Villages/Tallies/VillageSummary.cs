namespace Luoshi.Storage.Villages.Tallies;

/// <summary>The village indicators by town and for the whole region, as of a day, for a year.</summary>
/// <param name="Threshold">The office's income line for the year (万元), or null when none is set.</param>
/// <param name="Tiers">The tier names, lowest first; each row's <see cref="VillageSummaryRow.AtOrAbove"/> follows them.</param>
public sealed record VillageSummary(
    int Year, DateOnly AsOf, decimal? Threshold, IReadOnlyList<string> Tiers, IReadOnlyList<VillageSummaryRow> Towns, VillageSummaryRow Region);

/// <summary>One town's (or the region's) counts and totals.</summary>
/// <param name="Code">The town's code ("" for the region).</param>
/// <param name="Villages">Administrative villages (communities are not counted).</param>
/// <param name="AtOrAbove">Villages at or above each tier, in the order of <see cref="VillageSummary.Tiers"/>.</param>
/// <param name="Income">Total collective operating income of the year, 万元.</param>
/// <param name="IncomeLastYear">The same total for the year before.</param>
public sealed record VillageSummaryRow(
    string Code, string Name, int Villages, int Assessed, IReadOnlyList<int> AtOrAbove, int WithFacility, int Operating,
    decimal Income, int IncomeReported, int UnderThreshold, decimal IncomeLastYear, int IncomeReportedLastYear)
{
    /// <summary>Villages at or above a tier ÷ villages, in percent (0 without villages).</summary>
    public decimal ShareAtOrAbove(int tier) => Percent(AtOrAbove[tier]);

    /// <summary>Villages with a facility ÷ villages, in percent.</summary>
    public decimal Coverage => Percent(WithFacility);

    /// <summary>Villages with a facility operating ÷ villages, in percent.</summary>
    public decimal OperatingShare => Percent(Operating);

    /// <summary>This year's total less last year's, 万元.</summary>
    public decimal Change => Income - IncomeLastYear;

    private decimal Percent(int part) => Villages == 0 ? 0m : Math.Round(part * 100m / Villages, 2);
}
