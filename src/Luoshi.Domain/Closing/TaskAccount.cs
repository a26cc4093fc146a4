namespace Luoshi.Domain.Closing;

/// <summary>A target's final value as the lead unit gave it (a milestone: the day it was done).</summary>
public sealed record TargetFinal(string Target, decimal? Value, DateOnly? DoneOn);

/// <summary>A change to a confirmed result: the result before and after, why, when and by whom.</summary>
public sealed record ClosingCorrection(DateOnly On, string By, ClosingResult Before, ClosingResult After, string Reason);

/// <summary>One task's year-end account: what the lead unit submitted, the office's decision and every correction
/// since. A confirmed account is frozen; only a correction changes its result.</summary>
/// <param name="Claimed">The result the lead unit proposed.</param>
/// <param name="Result">The result the office confirmed (after corrections), null until confirmed.</param>
/// <param name="ShortReason">Why the task fell short of 完成 (needed for 基本完成 and 未完成).</param>
/// <param name="Evidence">Evidence: a document named and where it is (a link), one per entry.</param>
public sealed record TaskAccount(
    string Task,
    ClosingState State,
    ClosingResult? Claimed,
    ClosingResult? Result,
    string? Summary,
    DateOnly? DoneOn,
    string? ShortReason,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<TargetFinal> Finals,
    string? ReturnReason,
    DateOnly? SubmittedOn,
    string? SubmittedBy,
    DateOnly? ConfirmedOn,
    string? ConfirmedBy,
    IReadOnlyList<ClosingCorrection> Corrections,
    int Version)
{
    /// <summary>The account of a task the lead unit has not submitted.</summary>
    public static TaskAccount PendingOf(string task) =>
        new(task, ClosingState.Pending, null, null, null, null, null, [], [], null, null, null, null, null, [], 0);

    /// <summary>The evidence files uploaded to the account (names and sizes; the content is read only on download).</summary>
    public IReadOnlyList<Access.Attachment> Files { get; init; } = [];

    /// <summary>The final the unit gave for <paramref name="target"/>, or null.</summary>
    public TargetFinal? FinalOf(string target) => Finals.FirstOrDefault(f => f.Target == target);
}

/// <summary>A plan's closing: when the office opened it, its tolerances and every task's account.</summary>
public sealed record PlanClosing(int PlanId, DateOnly OpenedOn, string OpenedBy, ClosingTolerances Tolerances, IReadOnlyList<TaskAccount> Accounts)
{
    /// <summary>The account of <paramref name="task"/> (pending when none was submitted).</summary>
    public TaskAccount AccountOf(string task) => Accounts.FirstOrDefault(a => a.Task == task) ?? TaskAccount.PendingOf(task);
}
