using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Targets;

/// <summary>A target found in a sentence, before it is numbered and tied to its task.</summary>
/// <param name="Start">Start of the clause(s) it came from, in the report text.</param>
/// <param name="End">End of the clause(s) it came from.</param>
internal sealed record TargetCandidate(
    int Start,
    int End,
    TargetKind Kind,
    Comparator Comparator,
    decimal? Value,
    decimal? Upper,
    string? Unit,
    string Subject);
