using Luoshi.Domain.Closing;

namespace Luoshi.Storage.Closing.Schema;

/// <summary>plan_closings: a plan's year-end closing, opened by the office once, with its tolerances (JSON).</summary>
internal sealed class PlanClosingRow
{
    public int PlanId { get; set; }

    public DateOnly OpenedOn { get; set; }

    public required string OpenedBy { get; set; }

    public required string Tolerances { get; set; }

    /// <summary>The office's scoring scheme (JSON), or null for the default.</summary>
    public string? Scheme { get; set; }

    public int Version { get; set; }
}

/// <summary>closing_accounts: one task's year-end account, by task.</summary>
internal sealed class ClosingAccountRow
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int TaskId { get; set; }

    public ClosingState State { get; set; }

    public ClosingResult? Claimed { get; set; }

    public ClosingResult? Result { get; set; }

    public string? Summary { get; set; }

    public DateOnly? DoneOn { get; set; }

    public string? ShortReason { get; set; }

    public List<string> Evidence { get; set; } = [];

    public List<TargetFinal> Finals { get; set; } = [];

    public string? ReturnReason { get; set; }

    public DateOnly? SubmittedOn { get; set; }

    public string? SubmittedBy { get; set; }

    public DateOnly? ConfirmedOn { get; set; }

    public string? ConfirmedBy { get; set; }

    public int Version { get; set; }
}

/// <summary>closing_corrections: a confirmed result changed, with the reason; never edited or removed.</summary>
internal sealed class ClosingCorrectionRow
{
    public int Id { get; set; }

    public int AccountId { get; set; }

    public DateOnly On { get; set; }

    public required string By { get; set; }

    public ClosingResult Before { get; set; }

    public ClosingResult After { get; set; }

    public required string Reason { get; set; }

    public ClosingCorrection ToDomain() => new(On, By, Before, After, Reason);
}
