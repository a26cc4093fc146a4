namespace Luoshi.Storage;

/// <summary>A unit's progress report as it writes it: the task, the period, its values and the three narrative fields.</summary>
/// <param name="Period">1-based period number of the plan year.</param>
public sealed record ReportDraft(
    int PlanId,
    string TaskCode,
    int Period,
    string Unit,
    IReadOnlyList<TargetValue> Values,
    string Progress,
    string Problems,
    string NextSteps,
    IReadOnlyList<string> Evidence);
