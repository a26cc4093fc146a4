namespace Luoshi.Storage.Households.Schema;

/// <summary>The one row of monitoring_settings: the rules the office sets (<see cref="Domain.Households.MonitoringRules"/>).</summary>
internal sealed class MonitoringSettings
{
    public const int OnlyId = 1;

    public int Id { get; set; } = OnlyId;

    public int IdentifyWithinDays { get; set; }
}
