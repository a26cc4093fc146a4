using Luoshi.Domain.Evaluation;

namespace Luoshi.Storage;

/// <summary>One line of the ledger's status table: a target, where it comes from, who leads it and how it stands.</summary>
public sealed record TargetStatusRow(
    int PlanId,
    string Region,
    int Year,
    string SectionCode,
    string TaskCode,
    string TargetCode,
    string Subject,
    string? LeadUnit,
    Measure Measure,
    string? Unit,
    decimal? Goal,
    TargetEvaluation Evaluation);
