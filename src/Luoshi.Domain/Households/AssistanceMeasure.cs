namespace Luoshi.Domain.Households;

/// <summary>One assistance measure (帮扶措施) given to a monitored household.</summary>
public sealed class AssistanceMeasure
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>The household.</summary>
    public int HouseholdId { get; set; }

    /// <summary>The kind as the office words it (产业帮扶, 就业帮扶, 医疗保障, 教育资助, 兜底保障…).</summary>
    public required string Kind { get; set; }

    /// <summary>What is done, in a sentence.</summary>
    public required string Description { get; set; }

    /// <summary>When it began.</summary>
    public DateOnly StartedOn { get; set; }

    /// <summary>When it ended, if it has.</summary>
    public DateOnly? EndedOn { get; set; }
}
