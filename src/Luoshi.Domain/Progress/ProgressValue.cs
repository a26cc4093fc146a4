namespace Luoshi.Domain.Progress;

/// <summary>What a report says about one target for its period; which fields apply depends on the target's measure.</summary>
public sealed class ProgressValue
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>The report it belongs to.</summary>
    public int ReportId { get; set; }

    /// <summary>The target reported on.</summary>
    public int TargetId { get; set; }

    /// <summary>The period's amount (cumulative), the current level (level, direction), percent complete (milestone),
    /// or the number of events in the period (bottom line).</summary>
    public decimal? Value { get; set; }

    /// <summary>For a ratio: the part (villages meeting the standard).</summary>
    public decimal? Numerator { get; set; }

    /// <summary>For a ratio: the whole (all administrative villages).</summary>
    public decimal? Denominator { get; set; }

    /// <summary>For a milestone: the day it was done, when it is.</summary>
    public DateOnly? DoneOn { get; set; }
}
