using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Storage.Indicators;

namespace Luoshi.Storage;

/// <summary>One line of the ledger's status table: a target, where it comes from, who leads it and how it stands;
/// <see cref="Computed"/> is set when its value is computed from data rather than reported.</summary>
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
    TargetEvaluation Evaluation,
    Comparator Comparator = Comparator.AtLeast,
    decimal? Upper = null,
    ComputedReading? Computed = null);
