namespace Luoshi.Domain.Access;

/// <summary>A reminder (催办) the office sent to a unit about a task's report for one period.</summary>
public sealed class Reminder
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>The plan of the task.</summary>
    public int PlanId { get; set; }

    /// <summary>The task's code in its plan (T16).</summary>
    public required string TaskCode { get; set; }

    /// <summary>1-based period number in the plan year.</summary>
    public int Period { get; set; }

    /// <summary>The full name of the unit reminded.</summary>
    public required string Unit { get; set; }

    /// <summary>What the office wrote, if anything.</summary>
    public string? Note { get; set; }

    /// <summary>Who sent it.</summary>
    public required string By { get; set; }

    /// <summary>When it was sent (UTC).</summary>
    public DateTimeOffset At { get; set; }
}
