namespace Luoshi.Storage.Monitoring.Water;

/// <summary>One sample of a section on a day as stored, keyed by section and day; the measured items as JSON keyed by
/// their stable codes (<c>{"ph":7.4,"nh3n":0.52}</c>), an item not measured absent, never zero.</summary>
internal sealed class WaterSampleRow
{
    public int SectionId { get; set; }

    public DateOnly Date { get; set; }

    public required string Items { get; set; }
}
