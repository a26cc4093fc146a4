namespace Luoshi.Domain.Progress;

/// <summary>A unit's report on one task for one period: values for its targets and the three narrative fields.</summary>
public sealed class ProgressReport
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>The task reported on.</summary>
    public int TaskId { get; set; }

    /// <summary>1-based period number in the plan year.</summary>
    public int Period { get; set; }

    /// <summary>The reporting unit's name.</summary>
    public required string Unit { get; set; }

    /// <summary>Where the report is in its review.</summary>
    public ReportState State { get; set; }

    /// <summary>进展情况.</summary>
    public string Progress { get; set; } = "";

    /// <summary>存在问题.</summary>
    public string Problems { get; set; } = "";

    /// <summary>下一步措施.</summary>
    public string NextSteps { get; set; } = "";

    /// <summary>References to evidence (file names, document numbers, links).</summary>
    public List<string> Evidence { get; set; } = [];

    /// <summary>The office's reason when it last returned the report.</summary>
    public string? ReturnReason { get; set; }

    /// <summary>The values for the task's targets.</summary>
    public List<ProgressValue> Values { get; set; } = [];

    /// <summary>When the report was last submitted (UTC); null while a draft.</summary>
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>Concurrency token: grows by one on every save; a save based on an older version is a conflict.</summary>
    public int Version { get; set; }
}
