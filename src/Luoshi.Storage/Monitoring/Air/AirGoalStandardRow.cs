namespace Luoshi.Storage.Monitoring.Air;

/// <summary>The HJ 633 version a plan's air goals were written under, as the office sets it. A plan without a row was
/// written under the version in force on 1 January of its year (a report is adopted early in the year).</summary>
internal sealed class AirGoalStandardRow
{
    /// <summary>The plan.</summary>
    public int PlanId { get; set; }

    /// <summary>The version (<see cref="Luoshi.Indicators.Air.AirStandard"/>).</summary>
    public int Standard { get; set; }
}
