namespace Luoshi.Storage;

/// <summary>A contribution as lists show it: with its task's code.</summary>
public sealed record ContributionSummary(
    int Id, string TaskCode, int Period, string Unit, string Progress, string Problems, string NextSteps,
    IReadOnlyList<string> Evidence, DateTimeOffset SavedAt, int Version);
