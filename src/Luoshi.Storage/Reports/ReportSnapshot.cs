using Luoshi.Domain.Progress;

namespace Luoshi.Storage.Reports;

/// <summary>What the audit trail keeps of a progress report: every field, and its values by target code.</summary>
internal sealed record ReportSnapshot(
    int Period, string Unit, ReportState State, int Version, string Progress, string Problems, string NextSteps,
    IReadOnlyList<string> Evidence, string? ReturnReason, DateTimeOffset? SubmittedAt, IReadOnlyList<TargetValue> Values)
{
    public static ReportSnapshot Of(ProgressReport r, IReadOnlyDictionary<int, string> targetCodes) => new(
        r.Period, r.Unit, r.State, r.Version, r.Progress, r.Problems, r.NextSteps, [.. r.Evidence], r.ReturnReason, r.SubmittedAt,
        [.. r.Values.Select(v => new TargetValue(targetCodes.GetValueOrDefault(v.TargetId, "?"), v.Value, v.Numerator, v.Denominator, v.DoneOn))
            .OrderBy(v => v.TargetCode, StringComparer.Ordinal)]);
}
