namespace Luoshi.Domain.Progress;

/// <summary>A progress report as lists show it: which task, period and unit, where it is in review, its version.</summary>
public sealed record ReportSummary(
    int Id, string TaskCode, int Period, string Unit, ReportState State, int Version, DateTimeOffset? SubmittedAt, string? ReturnReason);
