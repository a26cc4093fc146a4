namespace Luoshi.Domain.Progress;

/// <summary>A supporting unit's contribution (配合单位进展) to a task for one period: what it did, its problems, its
/// next steps and evidence. It carries no target values (the lead unit reports those) and needs no review; the lead
/// unit and the office read it beside the lead's report.</summary>
public sealed class Contribution
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>The task contributed to.</summary>
    public int TaskId { get; set; }

    /// <summary>1-based period number in the plan year.</summary>
    public int Period { get; set; }

    /// <summary>The supporting unit's full name.</summary>
    public required string Unit { get; set; }

    /// <summary>进展情况 (required).</summary>
    public string Progress { get; set; } = "";

    /// <summary>存在问题.</summary>
    public string Problems { get; set; } = "";

    /// <summary>下一步措施.</summary>
    public string NextSteps { get; set; } = "";

    /// <summary>References to evidence (file names, document numbers, links).</summary>
    public List<string> Evidence { get; set; } = [];

    /// <summary>When it was last saved (UTC).</summary>
    public DateTimeOffset SavedAt { get; set; }

    /// <summary>Concurrency token: grows by one on every save; a save based on an older version is a conflict.</summary>
    public int Version { get; set; }
}
