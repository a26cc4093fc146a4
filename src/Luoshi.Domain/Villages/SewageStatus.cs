namespace Luoshi.Domain.Villages;

/// <summary>Whether a village had an integrated sewage treatment facility (一体化污水处理设施), and whether it was
/// operating, as found on a date; the latest finding on or before a day is the village's state that day.</summary>
public sealed class SewageStatus
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>The village.</summary>
    public int VillageId { get; set; }

    /// <summary>The day of the finding.</summary>
    public DateOnly AsOf { get; set; }

    /// <summary>A facility exists (built and handed over).</summary>
    public bool HasFacility { get; set; }

    /// <summary>It operates normally; never true without a facility.</summary>
    public bool Operating { get; set; }

    /// <summary>The office's remark, if any.</summary>
    public string? Note { get; set; }
}
