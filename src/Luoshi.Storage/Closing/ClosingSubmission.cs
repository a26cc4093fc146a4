using Luoshi.Domain.Closing;

namespace Luoshi.Storage.Closing;

/// <summary>What a lead unit submits for one task at year end: the result it proposes, what was done, the day done,
/// why it fell short (for anything below 完成), its evidence and its targets' final values.</summary>
public sealed record ClosingSubmission(
    ClosingResult? Result, string? Summary, DateOnly? DoneOn, string? ShortReason, IReadOnlyList<string> Evidence, IReadOnlyList<TargetFinal> Finals);
