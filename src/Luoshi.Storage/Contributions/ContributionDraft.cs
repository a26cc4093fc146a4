namespace Luoshi.Storage;

/// <summary>A supporting unit's contribution to a task for a period, as it writes it.</summary>
/// <param name="Period">1-based period number of the plan year.</param>
public sealed record ContributionDraft(
    int PlanId,
    string TaskCode,
    int Period,
    string Unit,
    string Progress,
    string Problems,
    string NextSteps,
    IReadOnlyList<string> Evidence);
