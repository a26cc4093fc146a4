namespace Luoshi.Storage.Monitoring;

/// <summary>The entity names monitoring writes in the audit trail (Ledger.AuditAsync filters by them).</summary>
internal static class MonitoringAudit
{
    public const string Station = "air-station";
    public const string Section = "water-section";

    /// <summary>The area class of a station set or station, keyed by the scope.</summary>
    public const string AirAreaClass = "air-area-class";

    /// <summary>The HJ 633 version a plan's air goals were written under, keyed by the plan id.</summary>
    public const string AirGoalStandard = "air-goal-standard";

    /// <summary>One entry per air file or push, keyed by its SHA-256.</summary>
    public const string AirData = "air-data";

    /// <summary>One entry per water file or push, keyed by its SHA-256.</summary>
    public const string WaterData = "water-data";
}
