namespace Luoshi.Domain.Households;

/// <summary>Where a household stands in return-to-poverty monitoring (防返贫动态监测).</summary>
public enum MonitoringState
{
    /// <summary>In the register, not a monitoring object (未纳入监测).</summary>
    NotMonitored,

    /// <summary>Its income fell under the year's line or it reported a sudden severe hardship: it waits to be
    /// checked and identified within the office's time limit (待识别).</summary>
    Flagged,

    /// <summary>Identified as a monitoring object, without assistance yet (已识别).</summary>
    Identified,

    /// <summary>Being assisted: at least one assistance measure (帮扶中).</summary>
    Assisted,

    /// <summary>The risk has been eliminated (风险消除).</summary>
    RiskEliminated,
}
